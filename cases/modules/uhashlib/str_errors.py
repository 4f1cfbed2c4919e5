# A str is not hashable data: TypeError at creation and in update, and
# the object is still usable afterwards.
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib

for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    try:
        algo("text")
    except TypeError:
        print("TypeError create")
    h = algo(b"te")
    try:
        h.update("xt")
    except TypeError:
        print("TypeError update")
    h.update(b"xt")
    print(h.digest() == algo(b"text").digest())
