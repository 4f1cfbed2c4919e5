a = bytearray(b'0123456789')
a[2:4] = b'ab'
print(a)
a[2:4] = b'XYZW'
print(a)
a[0:3] = b''
print(a)
a[::2] = b'*****' if len(a[::2]) == 5 else b'#' * len(a[::2])
print(a)
a[-1:] = bytearray(b'!?')
print(a)
a[1:1] = [65, 66]
print(a)
a[5:2] = b'--'
print(a)
del a[0:2]
print(a)
del a[::3]
print(a)
try:
    a[::2] = b'x'
except ValueError as e:
    print(type(e).__name__, e)
