m = memoryview(b'\x00\x7f\x80\xff')
print(m.tolist(), m[2], type(m[0]).__name__, m.format, m.itemsize, m.ndim, m.shape, list(m[::1]) if False else list(m))
