# time() is a float of seconds since the Epoch that advances across
# sleep(); sleep takes ints and floats and rejects negative lengths.
import time

t0 = time.time()
print(type(t0).__name__, t0 > 1.6e9)
time.sleep(0.05)
time.sleep(0)
print(time.time() - t0 >= 0.04)
try:
    time.sleep(-1)
except ValueError:
    print("ValueError")
try:
    time.sleep("1")
except TypeError:
    print("TypeError")
print(time.sleep(0.001))
ns = time.time_ns()
print(type(ns).__name__, ns > 16 * 10 ** 17, abs(ns / 1e9 - time.time()) < 5)
