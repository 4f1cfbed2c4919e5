# ticks_add wraps around at 2**30 in both directions (Pycopy-only: ticks
# are not in CPython's time module).
import utime

MAX = 2 ** 30 - 1
print(utime.ticks_add(MAX, 2), utime.ticks_add(1, -3), utime.ticks_add(MAX - 9, 20), utime.ticks_add(0, -(2 ** 30)))
print(utime.ticks_add(2 ** 29, 2 ** 29), utime.ticks_add(7, 3 * 2 ** 30))
