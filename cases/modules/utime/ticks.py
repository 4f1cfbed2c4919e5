# ticks_add and ticks_diff do modular arithmetic on tick values, which wrap
# at a period of 2**30 (ticks are always in [0, 2**30)); ticks_diff is
# signed, in [-2**29, 2**29).
import utime

MAX = 2 ** 30 - 1
print(utime.ticks_add(0, 1), utime.ticks_add(100, -1), utime.ticks_add(MAX, 1), utime.ticks_add(0, -1))
print(utime.ticks_add(MAX, MAX), utime.ticks_add(5, 2 ** 30), utime.ticks_add(5, -(2 ** 31)))
print(utime.ticks_diff(10, 5), utime.ticks_diff(5, 10), utime.ticks_diff(0, MAX), utime.ticks_diff(MAX, 0))
print(utime.ticks_diff(2 ** 29, 0), utime.ticks_diff(2 ** 29 - 1, 0), utime.ticks_diff(0, 2 ** 29))
t = 123456
for d in (0, 1, -1, 1000, -1000, 2 ** 29 - 1, -(2 ** 29)):
    print(d, utime.ticks_diff(utime.ticks_add(t, d), t))
# a deadline computed across the wrap-around
start = MAX - 5
deadline = utime.ticks_add(start, 10)
print(deadline, utime.ticks_diff(deadline, start), utime.ticks_diff(utime.ticks_add(start, 3), deadline) < 0)
print(utime.ticks_add(2 ** 100, 1), utime.ticks_diff(2 ** 100 + 7, 2 ** 100))
