# ticks_ms, ticks_us and ticks_cpu are small non-negative ints that
# advance; sleep_ms and sleep_us wait at least that long.
import utime

for f in (utime.ticks_ms, utime.ticks_us, utime.ticks_cpu):
    t = f()
    print(type(t).__name__, 0 <= t < 2 ** 30)
t0 = utime.ticks_ms()
u0 = utime.ticks_us()
utime.sleep_ms(20)
print(utime.ticks_diff(utime.ticks_ms(), t0) >= 20, utime.ticks_diff(utime.ticks_us(), u0) >= 20000)
u0 = utime.ticks_us()
utime.sleep_us(3000)
print(utime.ticks_diff(utime.ticks_us(), u0) >= 3000)
c0 = utime.ticks_cpu()
utime.sleep_ms(1)
print(utime.ticks_diff(utime.ticks_cpu(), c0) > 0)
t0 = utime.ticks_ms()
utime.sleep(0.03)
print(utime.ticks_diff(utime.ticks_ms(), t0) >= 30)
print(utime.sleep_ms(0), utime.sleep_us(-5), utime.sleep_ms(-1))
