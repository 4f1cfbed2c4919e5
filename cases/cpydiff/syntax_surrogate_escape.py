r"""
categories: Syntax, Strings
description: A lone surrogate escape such as `"\ud800"` in a str literal is a `SyntaxError`
cause: Pycopy stores `str` objects as UTF-8, which cannot represent
  surrogate code points (U+D800 to U+DFFF). CPython accepts them in `str`
  objects.
workaround: Keep such data in `bytes`, or use the proper non-surrogate
  character.
"""

try:
    s = eval(r'"\ud800"')
    print(len(s))
except SyntaxError:
    print("SyntaxError")
