# the __import__ builtin
import sys
sys.path.insert(0, "_lib")
m = __import__("h_simple")
print(m.value)
import h_simple
print(m is h_simple)
p = __import__("hpkg.sub")
print(p.__name__, p.sub.sub_value)
