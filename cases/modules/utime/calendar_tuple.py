# Pycopy's gmtime and localtime return a plain 8-tuple, and mktime an int
# (CPython: a struct_time of 9 fields, and a float).
import time

print(time.gmtime(0))
print(type(time.gmtime(0)).__name__, len(time.gmtime(0)))
print(time.mktime((1970, 1, 2, 0, 0, 0, 0, 0)) - time.mktime((1970, 1, 1, 0, 0, 0, 0, 0)))
