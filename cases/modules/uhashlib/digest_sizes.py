# digest() returns bytes of 32 (sha256), 20 (sha1) and 16 (md5) bytes.
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib

for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    d = algo(b"x" * 100).digest()
    print(len(d), type(d).__name__)
