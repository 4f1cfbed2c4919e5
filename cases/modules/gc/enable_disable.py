# gc.enable/disable/isenabled and collect() exist in both implementations.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
x = [[i] for i in range(100)]
gc.enable()
print(gc.isenabled())
n = gc.collect()
print(type(n).__name__, n >= 0)
