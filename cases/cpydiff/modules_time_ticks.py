"""
categories: Modules, utime
description: `time` has `ticks_ms()`, `ticks_us()`, `ticks_diff()`, `sleep_ms()` and friends
cause: Pycopy's utime adds millisecond and microsecond tick counters that
  wrap around (cheap on microcontrollers, with `ticks_diff()` to compare
  them), and sleeps in milliseconds and microseconds. CPython does not have
  them.
workaround: For portable timing, use `time.time()`; guard the tick functions
  with `hasattr(time, "ticks_ms")`.
"""
import time

print([n for n in ("ticks_ms", "ticks_us", "ticks_diff", "ticks_add", "sleep_ms", "sleep_us")
       if hasattr(time, n)])
if hasattr(time, "ticks_ms"):
    start = time.ticks_ms()
    print(time.ticks_diff(time.ticks_ms(), start) >= 0)
