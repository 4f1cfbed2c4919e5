# sleep_ms(0) and sleep_us(0) return None at once (Pycopy-only).
import utime

t0 = utime.ticks_ms()
print(utime.sleep_ms(0), utime.sleep_us(0), utime.sleep_us(1))
print(utime.ticks_diff(utime.ticks_ms(), t0) < 100)
