# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# urandom(n): n random bytes; argument errors.
try:
    import uos as os
except ImportError:
    import os

for n in (0, 1, 16, 1000):
    b = os.urandom(n)
    print(n, type(b).__name__, len(b))
print(os.urandom(True) != None, len(os.urandom(True)))
# 64 random bytes are not all equal (2**-504 chance).
print(len(set(os.urandom(64))) > 1)
for bad in (-1, -100):
    try:
        os.urandom(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ("3", 2.0, None, b"1"):
    try:
        os.urandom(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    os.urandom(10**30)
except OverflowError:
    print("OverflowError")
try:
    os.urandom()
except TypeError:
    print("TypeError no arg")
