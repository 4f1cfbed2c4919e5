# hasattr/getattr/setattr on builtins and modules
import sys
print(hasattr("s", "upper"), hasattr([], "nope"), hasattr(sys, "path"))
print(getattr("abc", "upper")())
print(getattr([1, 2], "count")(1))
print(getattr(5, "nope", "none"), getattr("s", "upper")() + "!")
f = getattr(dict, "fromkeys")
print(f("ab", 0))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__)
