# helper: top-level module, relative import fails when attempted


def try_relative():
    from . import something
    return something
