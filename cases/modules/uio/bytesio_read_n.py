# BytesIO.read(n) gives up to n bytes; past the end it gives b"".
import io

b = io.BytesIO(b"0123456")
print(b.read(2), b.read(0), b.read(4), b.read(10), b.read(1), b.read())
