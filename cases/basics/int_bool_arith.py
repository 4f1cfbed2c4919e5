# bools behave as ints in arithmetic
print(True + True, True - False, True * 10, True / 2)
print(sum([True, True, False, True]))
print(["zero", "one"][True], ["zero", "one"][False])
print(True == 1, False == 0, True == 1 == 1.0)
print(type(True + 1).__name__, True & 1, True | 2)
print(-True, ~False, True ** 5, 5 // True)
print(str(True), repr(False), int(True), float(False))
