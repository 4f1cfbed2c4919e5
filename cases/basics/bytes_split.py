print(b'a b  c'.split(), b'a,b,,c'.split(b','), b'a,b,c'.split(b',', 1), b'  a b '.split(None, 1), b''.split(), b''.split(b','))
print(b'a b c'.rsplit(None, 1), b'a,b,c'.rsplit(b',', 1), b'a\tb\nc'.split(), b'a--b'.split(sep=b'--'), b'x y z'.rsplit(maxsplit=1))
try:
    b'a'.split(b'')
except ValueError as e:
    print(type(e).__name__, e)
