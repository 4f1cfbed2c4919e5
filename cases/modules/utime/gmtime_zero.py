# gmtime(0) is the Epoch: 1970-01-01 00:00:00, a Thursday, day 1.
try:
    import utime as time
except ImportError:
    import time

t = time.gmtime(0)
print(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7])
