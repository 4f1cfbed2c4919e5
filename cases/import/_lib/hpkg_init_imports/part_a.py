# helper submodule
def a_func():
    return "a_func"


def not_exported():
    return "hidden"
