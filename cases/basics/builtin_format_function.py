# the format() builtin
print(format(255, "x"), format(255, "#b"), format(255, "o"))
print(format(42), format("s"), format(42, ""))
print(repr(format("ab", ">5")), repr(format("ab", "<5")), repr(format("ab", "^6")))
print(format(7, "03d"), format(-7, "04d"), format(1.5, ".2f"))
print(format(True), format(None))
print(format(12, "+"), format(3, "*>4"))
