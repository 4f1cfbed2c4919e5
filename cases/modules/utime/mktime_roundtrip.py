# localtime(mktime(t)) gives t back for dates through the years (compared,
# not printed, so the time zone does not matter).
try:
    import utime as time
except ImportError:
    import time

for y in (1971, 1985, 2000, 2012, 2023, 2030):
    for m, d in ((1, 1), (6, 15), (12, 31)):
        t = (y, m, d, 13, 14, 15, 0, 0, 0)
        print(tuple(time.localtime(time.mktime(t)))[:6] == t[:6], end=" ")
    print()
