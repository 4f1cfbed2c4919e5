"""
categories: Modules, ujson
description: `json.dumps()` takes no formatting options (`indent`, `sort_keys`, `ensure_ascii`, ...)
cause: ujson implements `dumps(obj)` and `dump(obj, stream)` as the spec
  documents them: compact output with CPython's default separators, ASCII
  escapes for non-ASCII text, and dict items in insertion order. Keyword
  options are rejected with `TypeError`.
workaround: Sort dicts before dumping (`dict(sorted(d.items()))`) and
  format the output yourself if indentation is needed.
"""
import json

data = {"b": 1, "a": [2, 3]}
print(json.dumps(data))
for options in ({"indent": 2}, {"sort_keys": True}, {"ensure_ascii": False}):
    try:
        print(json.dumps(data, **options).replace("\n", "|"))
    except TypeError:
        print(sorted(options)[0], "TypeError")
