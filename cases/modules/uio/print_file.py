# print(..., file=stream) writes to StringIO.
import io

s = io.StringIO()
print("a", 1, [2], file=s)
print("b", end="", file=s)
print(file=s)
print("x", "y", sep="-", file=s)
print(repr(s.getvalue()))
