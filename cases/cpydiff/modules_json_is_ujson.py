"""
categories: Modules, ujson
description: `import json` gives the `ujson` module (`json.__name__` is `"ujson"`)
cause: Pycopy's built-in modules carry a u prefix (`ujson`, `uio`, `ure`,
  `uos`, ...). When no `json.py` is found on `sys.path`, `import json` falls
  back to the built-in `ujson` (a weak link), so a pure-Python `json` from
  pycopy-lib can take over the name when installed.
workaround: Use the module through its usual name; do not compare
  `__name__`.
"""
import json

print(json.__name__)
print(json.dumps([1, "a", None]))
