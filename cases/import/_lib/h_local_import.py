# helper: imports inside functions


def get_value():
    import h_simple
    return h_simple.value


def get_func():
    from h_simple import func
    return func
