try:
    import array
except ImportError:
    print('SKIP')
    raise SystemExit
a = array.array('i', [1, -2, 3])
m = memoryview(a)
print(len(m), m.itemsize, m.format, m.nbytes, m[0], m[1], m[-1], m.tolist(), list(m[1:]), m[1:].nbytes)
m[0] = 100
m[-1] = -7
print(a, m.readonly)
try:
    m[0] = 2**40
except ValueError as e:
    print(type(e).__name__)
try:
    m[0] = 'x'
except TypeError as e:
    print(type(e).__name__)
