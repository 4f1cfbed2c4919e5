r"""
categories: Modules, ujson
description: `json.loads()` rejects a `\u` escape of a lone surrogate with `ValueError`
cause: Pycopy stores `str` objects as UTF-8, which cannot represent
  surrogate code points (U+D800 to U+DFFF); a surrogate escape decodes only
  as part of a high/low pair. CPython returns a `str` holding the lone
  surrogate.
workaround: Don't rely on lone surrogates in JSON text; well-formed pairs
  such as `"\ud83d\ude00"` decode the same on both.
"""
import json

for text in (r'"\ud800"', r'"\udc00x"', r'"\ud83d\ude00"'):
    try:
        print(len(json.loads(text)))
    except ValueError:
        print("ValueError")
