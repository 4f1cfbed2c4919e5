# str() of various objects
print(str(), str(5), str(-2.5), str(True), str(None))
print(str([1, "a"]), str((1,)), str({"k": 1}))
print(str("already"), str(b"bytes"))
print(str(1.0), str(100.0), str(0.5))
print(repr(str(2 ** 65)))
print(str(b"abc", "ascii"))
