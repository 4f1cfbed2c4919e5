# ticks_diff across the wrap-around is the short (signed) distance
# (Pycopy-only: ticks are not in CPython's time module).
import utime

MAX = 2 ** 30 - 1
print(utime.ticks_diff(2, MAX - 2), utime.ticks_diff(MAX - 2, 2), utime.ticks_diff(0, MAX), utime.ticks_diff(5, 5))
print(utime.ticks_diff(2 ** 29 + 1, 0), utime.ticks_diff(0, 2 ** 29 + 1))
