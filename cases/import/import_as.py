# import mod as alias
import sys
sys.path.insert(0, "_lib")
import h_simple as hs
print(hs.value, hs.func(1))
try:
    h_simple
except NameError:
    print("original name not bound")
import h_simple as other
print(other is hs)
