# !r and !s conversions
s = "text"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s}")
print(f"{[s]!s}")
print(f"{3!r}")
class A:
    def __repr__(self):
        return "A-repr"
    def __str__(self):
        return "A-str"
print(f"{A()} {A()!r} {A()!s}")
