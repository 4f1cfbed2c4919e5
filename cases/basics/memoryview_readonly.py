m = memoryview(b'abc')
try:
    m[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(bytearray(b'ab'))[0:1] = b'xyz'
except ValueError as e:
    print(type(e).__name__)
try:
    memoryview('abc' if False else 5)
except TypeError as e:
    print(type(e).__name__, e)
