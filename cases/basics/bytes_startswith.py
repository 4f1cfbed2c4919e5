b = b'hello'
print(b.startswith(b'he'), b.startswith((b'x', b'hel')), b.endswith(b'lo'), b.endswith(b'l', 0, 4), b.startswith(b'l', 2), b.startswith(bytearray(b'h')), b.endswith(b''))
try:
    b.startswith('h')
except TypeError as e:
    print(type(e).__name__)
