# BytesIO seek whence 1 and 2 with offsets, returning the new position.
import io

b = io.BytesIO(b"0123456789")
print(b.seek(4), b.seek(2, 1), b.read(1))
print(b.seek(-3, 2), b.read())
print(b.seek(-2, 1), b.read(1))
print(b.seek(3, 2), b.read(), b.tell())
