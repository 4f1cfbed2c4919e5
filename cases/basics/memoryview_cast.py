# memoryview.cast() between byte and wider native formats.
import sys
b = bytearray(range(8))
m = memoryview(b)
for fmt in ('B', 'b', 'H', 'i', 'Q', 'h'):
    c = m.cast(fmt)
    print(fmt, c.format, c.itemsize, len(c), c.nbytes, c.shape, c.strides)
    if sys.byteorder == 'little':
        print(c.tolist())
h = m.cast('H')
h[0] = 0x4142
print(b[:2], bytes(h.cast('B'))[:4])
print(memoryview(bytes(4)).cast('f').tolist(), memoryview(bytes(8)).cast('d')[0])
n = memoryview(b'\xff\x80').cast('b')
print(n.tolist(), n.readonly)
for f in (lambda: m.cast('x'), lambda: m.cast('<H'), lambda: memoryview(bytes(3)).cast('H'),
          lambda: m.cast('H').cast('i'), lambda: m.cast(1)):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
