# memoryview.toreadonly() and the layout attributes of 1-D views.
b = bytearray(b'abcd')
m = memoryview(b)
r = m.toreadonly()
print(m.readonly, r.readonly, bytes(r), r[1], r.obj is b)
try:
    r[0] = 65
except TypeError as e:
    print(type(e).__name__)
m[0] = 90
print(bytes(r))
print(m.contiguous, m.c_contiguous, m.f_contiguous, m.strides, m.suboffsets, m.ndim)
print(m[1:3].strides, m[::2].nbytes if False else m[1:3].nbytes)
