# bool() conversions
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool(" "), bool([]), bool([[]]), bool(None))
print(bool({}), bool(()), bool(range(0)), bool(range(2)))
print(bool(True), bool(False), True == 1, False == 0)
print(type(bool(1)).__name__, True + 1, str(True), repr(False))
