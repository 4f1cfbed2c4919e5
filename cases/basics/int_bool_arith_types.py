print(True + True, True * 10, False - 1, True / 2, True // 2, -True, ~True)
print(type(True + 1).__name__, type(True & True).__name__, type(True | False).__name__)
print(True & False, True ^ False, type(True ^ False).__name__)
