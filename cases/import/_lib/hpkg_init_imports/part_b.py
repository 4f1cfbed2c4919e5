# helper submodule
def b_func():
    return "b_func"
