b = bytearray(b'0123456789')
b[::2] = b''
print(b)
b[::-1] = bytearray()
print(b)
c = bytearray(b'abcdef')
c[1::3] = []
print(c)
try:
    c[::2] = b'xy'
except ValueError as e:
    print(type(e).__name__, e)
L = [1, 2, 3, 4]
try:
    L[::2] = []
except ValueError as e:
    print(type(e).__name__, e)
