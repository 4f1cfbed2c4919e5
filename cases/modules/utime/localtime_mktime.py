# localtime and mktime are inverses; mktime normalises out-of-range fields.
# (Printed so that the output does not depend on the time zone.)
import time

for t in ((2000, 1, 15, 10, 20, 30, 5, 15, 0), (1999, 12, 31, 23, 59, 59, 4, 365, 0), (2024, 2, 29, 12, 0, 0, 3, 60, 0), (2038, 1, 19, 3, 14, 8, 1, 19, 0)):
    s = time.mktime(t)
    print(tuple(time.localtime(s))[:8] == t[:8])
a = time.mktime((2000, 1, 15, 0, 0, 0, 0, 0, 0))
b = time.mktime((2000, 1, 15, 6, 30, 15, 0, 0, 0))
print(int(b - a))
for t in ((2000, 13, 1, 12, 0, 0, 0, 0, 0), (2000, 1, 32, 12, 0, 0, 0, 0, 0), (2000, 3, 0, 12, 0, 0, 0, 0, 0), (2000, 1, 1, 12, 0, 3600, 0, 0, 0), (2001, -1, 1, 12, 0, 0, 0, 0, 0)):
    print(tuple(time.localtime(time.mktime(t)))[:6])
lt = time.localtime(1000036800)
print(tuple(lt)[:2], len(tuple(lt)) >= 8)
print(tuple(time.localtime())[0] >= 2024)
for bad in ((2000, 1), "2000-01-01", 5):
    try:
        time.mktime(bad)
    except TypeError:
        print("TypeError")
