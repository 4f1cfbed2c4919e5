a = bytearray(b'ab')
b = a
a += b'cd'
a += bytearray(b'e')
a += memoryview(b'f')
print(a, a is b)
a *= 2
print(a, a is b)
c = a * 2
print(c, c is a, type(c).__name__)
try:
    a += 'x'
except TypeError as e:
    print(type(e).__name__)
try:
    a += [1]
except TypeError as e:
    print(type(e).__name__)
