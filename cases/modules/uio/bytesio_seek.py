# BytesIO: seek with each whence, past the end, truncate.
import io

b = io.BytesIO(b"0123456789")
print(b.seek(3), b.read(2), b.seek(2, 1), b.read(1), b.seek(-2, 2), b.read())
print(b.seek(-100, 1), b.tell())
print(b.seek(20), b.read(), b.tell())
b.write(b"!")
print(b.getvalue())
try:
    b.seek(-1)
except ValueError as e:
    print("ValueError", e)
try:
    b.seek(0, 5)
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO(b"abcdef")
print(b.truncate(4), b.getvalue())
b.seek(1)
print(b.truncate(), b.getvalue(), b.tell())
