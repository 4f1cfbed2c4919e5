"""
categories: Modules, utime
description: `time.localtime()` returns a plain 8-tuple, with no daylight-saving field
cause: utime represents a date as the tuple (year, month, mday, hour,
  minute, second, weekday, yearday), as MicroPython does, instead of a
  `struct_time` with named fields and `tm_isdst`.
workaround: Index the first eight fields, which mean the same on both.
"""
import time

t = time.localtime(0)
print(len(t), type(t).__name__)
