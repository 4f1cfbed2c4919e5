# str() of OSError: one argument as itself, (errno, strerror) as
# "[Errno n] text", a third argument (a file name) appended as its repr.
print(str(OSError(2)))
print(str(OSError(13, "Permission denied")))
print(str(OSError(2, "No such file or directory", "data.txt")))
print(str(OSError()))
print(repr(OSError(1000, "Unusual")))


class MyError(OSError):
    pass


print(MyError(1001, "Custom"))
try:
    raise OSError(1002, "No space")
except OSError as e:
    print(e, e.args)
