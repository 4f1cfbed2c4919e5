"""
categories: Modules, ujson
description: Invalid JSON raises `ValueError` itself; there is no `JSONDecodeError`
cause: ujson reports malformed input with a plain `ValueError` and has no
  exception classes of its own (CPython's `JSONDecodeError` is a subclass of
  `ValueError` with position attributes).
workaround: Catch `ValueError`, which works with both.
"""
import json

try:
    json.loads("{bad json}")
except ValueError as e:
    print(type(e).__name__)
print(hasattr(json, "JSONDecodeError"))
