"""
categories: Modules, uhashlib
description: A hash takes no more data after `digest()`, and has no `hexdigest()` or `copy()`
cause: As the spec's uhashlib section says, `digest()` finishes the hash
  and `hexdigest()` is not implemented; `copy()` is left out too.
workaround: Call `digest()` once, when all data is in; get the hex form with
  `ubinascii.hexlify(h.digest())`.
"""
import hashlib
import binascii

h = hashlib.sha256(b"abc")
digest = h.digest()
print(binascii.hexlify(digest)[:16])
try:
    h.update(b"more")
    print("update after digest accepted")
except ValueError:
    print("ValueError")
print([name for name in ("hexdigest", "copy") if not hasattr(h, name)])
