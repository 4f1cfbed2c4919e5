print("%d %s %r %.2f %x %5s|%-5s|%05d %c %%" % (1, "a", "b", 1.5, 255, "ab", "cd", 42, 65))
print("%(a)s-%(b)d" % {"a": "x", "b": 3})
print(b"%s %d %x" % (b"ab", 5, 255))
print("{} {:>5} {!r} {0}".format(1, 2, "s") if False else "{} {:>5} {!r}".format(1, 2, "s"))
print("{a[0]} {b.real} {:{w}.{p}f}".format(3.14159, a=[9], b=2, w=8, p=2))
print(format(1234567, ","), format(0.5, "%"), format("x", "^5"), format(255, "08b"))
try:
    "%d" % "a"
except TypeError as e:
    print(e)
try:
    "%s %s" % (1,)
except TypeError as e:
    print(e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(e)
print(f"{'a'!r:>6} {12345:_} {3+4j} {-0.0} {1e16} {1/3}")
import sys
print(sys.maxsize > 2**31, sys.byteorder)
