"""
categories: Modules, uarray
description: `array` has no `"u"` (Unicode character) type code
cause: The array module supports the numeric type codes the spec lists
  (b, B, h, H, i, I, l, L, q, Q, f, d); a `str` already is a compact
  sequence of characters.
workaround: Use a `str`, or an array of code points (`"I"`) built with
  `ord()`.
"""
import array

for code in "bhiqfdu":
    try:
        array.array(code)
        print(code, "ok")
    except ValueError:
        print(code, "ValueError")
