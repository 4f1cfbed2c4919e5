# utime and time are the same module.
try:
    import utime
except ImportError:
    import time as utime
import time

print(tuple(utime.gmtime(86400 * 366))[:8] == tuple(time.gmtime(86400 * 366))[:8])
