# Differences between mktime results are exact second counts.
try:
    import utime as time
except ImportError:
    import time

base = time.mktime((2010, 3, 10, 12, 0, 0, 0, 0, 0))
for t, expect in (((2010, 3, 10, 12, 0, 1, 0, 0, 0), 1), ((2010, 3, 10, 13, 0, 0, 0, 0, 0), 3600), ((2010, 3, 11, 12, 0, 0, 0, 0, 0), 86400)):
    print(int(time.mktime(t) - base) == expect)
