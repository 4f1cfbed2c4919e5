# uhashlib and hashlib are the same module.
try:
    import uhashlib
except ImportError:
    import hashlib as uhashlib
import hashlib

print(uhashlib.sha256(b"x").digest() == hashlib.sha256(b"x").digest())
