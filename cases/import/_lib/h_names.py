# helper: records its own __name__
my_name = __name__
ran_as_main = __name__ == "__main__"


def report():
    return "h_names.report in " + __name__
