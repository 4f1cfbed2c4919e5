# The sys attributes programs rely on.
import sys

print(type(sys.argv).__name__, type(sys.path).__name__, type(sys.modules).__name__)
print(sys.byteorder in ("little", "big"), sys.maxsize >= 2 ** 31 - 1)
print(type(sys.platform).__name__, "sys" in sys.modules)
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), hasattr(sys.stdin, "read"))
n = sys.stdout.write("written\n")
print(n)
print(type(sys.implementation.name).__name__, type(sys.version).__name__)
print(sys.version_info[0], len(sys.version_info) >= 3)
