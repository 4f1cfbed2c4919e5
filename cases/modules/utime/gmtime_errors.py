# gmtime and localtime take a number of seconds (or nothing): a str is
# TypeError.
try:
    import utime as time
except ImportError:
    import time

for f in (time.gmtime, time.localtime):
    for bad in ("0", [0], (0,)):
        try:
            f(bad)
        except TypeError:
            print(f.__name__, type(bad).__name__, "TypeError")
