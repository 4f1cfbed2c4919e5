# Feeding data in pieces of any size gives the same digest as one update.
try:
    import uhashlib as hashlib
except ImportError:
    import hashlib

data = bytes(range(256)) * 2
for algo in (hashlib.sha256, hashlib.sha1, hashlib.md5):
    whole = algo(data).digest()
    for size in (1, 3, 63, 64, 65, 200):
        h = algo()
        for i in range(0, len(data), size):
            h.update(data[i:i + size])
        print(len(whole), size, h.digest() == whole)
