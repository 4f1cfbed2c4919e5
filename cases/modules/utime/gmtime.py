# gmtime(secs): the calendar fields (year, month, mday, hour, minute,
# second, weekday with Monday=0, yearday) of seconds since 1970, UTC.
import time

for secs in (0, 1, 59, 86399, 86400, 951782400, 951868800, 978307199, 1000000000, 1234567890, 2 ** 31 - 1, 2 ** 31, 4102444800, 253402300799, -1, -86400, -2208988800, -62135596800, 1.9, -1.5):
    print(secs, tuple(time.gmtime(secs))[:8])
now = tuple(time.gmtime())[:8]
print(len(now), now[0] >= 2024, 1 <= now[1] <= 12, 0 <= now[6] <= 6)
print(tuple(time.gmtime(None))[0] >= 2024)
