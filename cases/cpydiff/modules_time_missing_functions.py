"""
categories: Modules, utime
description: `time` has no `monotonic()`, `perf_counter()` or `strftime()`
cause: utime keeps to the clock functions of the spec plus the tick
  counters; formatting and the high-resolution clocks of CPython's time
  module are left out.
workaround: Measure intervals with `ticks_ms()`/`ticks_us()` and
  `ticks_diff()`; format dates from the `localtime()` tuple yourself.
"""
import time

print([n for n in ("time", "sleep", "localtime", "monotonic", "perf_counter", "strftime")
       if not hasattr(time, n)])
