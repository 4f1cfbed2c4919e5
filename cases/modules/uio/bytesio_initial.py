# BytesIO(initial): starts at position 0; reads see the initial bytes;
# bytearray and memoryview initialisers are copied.
try:
    import uio as io
except ImportError:
    import io

b = io.BytesIO(b"abc")
print(b.tell(), b.read(), b.tell())
src = bytearray(b"xyz")
b = io.BytesIO(src)
src[0] = 0x41
print(b.getvalue())
print(io.BytesIO(memoryview(b"mv")).read())
print(io.BytesIO().getvalue(), io.BytesIO(b"").read())
