# gmtime across leap days: 2000 and 2024 are leap years, 1900 and 2100
# are not.
try:
    import utime as time
except ImportError:
    import time

for secs in (951782400, 951868800, 1709164800, 1709251200, 4107456000, 4107542400, -2203891200, -2203977600):
    print(secs, tuple(time.gmtime(secs))[:8])
