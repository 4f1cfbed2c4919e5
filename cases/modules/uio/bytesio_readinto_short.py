# readinto at the end returns 0; with fewer bytes left it fills only part.
import io

b = io.BytesIO(b"abc")
buf = bytearray(b"....")
print(b.readinto(buf), buf)
print(b.readinto(buf), buf)
b.seek(1)
buf2 = bytearray(1)
print(b.readinto(buf2), buf2, b.tell())
