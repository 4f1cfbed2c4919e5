# helper package
print("hpkg/__init__ executing")
pkg_attr = "from hpkg init"


def pkg_func():
    return "pkg_func"
