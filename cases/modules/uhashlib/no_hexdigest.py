# Pycopy's hash objects have no hexdigest() (the spec: use
# ubinascii.hexlify(hash.digest()) instead); CPython's have.
import hashlib
from binascii import hexlify

h = hashlib.sha256(b"abc")
print(hasattr(h, "hexdigest"))
try:
    print(h.hexdigest())
except AttributeError:
    print("AttributeError")
print(hexlify(h.digest())[:16])
