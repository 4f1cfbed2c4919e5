# time() never goes backwards across many calls.
try:
    import utime as time
except ImportError:
    import time

prev = time.time()
ok = True
for _ in range(1000):
    now = time.time()
    ok = ok and now >= prev
    prev = now
print(ok)
