# helper submodule
print("hpkg.sub executing")
sub_value = 10


def sub_func():
    return "sub_func in " + __name__
