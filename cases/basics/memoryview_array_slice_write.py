try:
    import array
except ImportError:
    print('SKIP')
    raise SystemExit
a = array.array('h', range(6))
m = memoryview(a)
s = m[2:4]
s[0] = -1
print(a, s.tolist(), len(s))
s[:] = array.array('h', [7, 8])
print(a)
try:
    s[:] = array.array('h', [1])
except ValueError as e:
    print(type(e).__name__)
