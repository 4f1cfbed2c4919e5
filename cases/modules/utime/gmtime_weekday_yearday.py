# gmtime's weekday (Monday is 0) and yearday (1 to 366) over a week and
# at the ends of years.
try:
    import utime as time
except ImportError:
    import time

for d in range(8):
    t = time.gmtime(d * 86400)
    print(t[2], t[6], t[7])
for secs in (978220800, 1104451200, 1735603200):
    t = time.gmtime(secs)
    print(t[0], t[1], t[2], t[6], t[7])
