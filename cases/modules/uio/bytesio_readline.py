# BytesIO.readline with and without a final newline, and with a size.
import io

b = io.BytesIO(b"ab\ncd")
print(b.readline(), b.readline(), b.readline())
b = io.BytesIO(b"12345\n")
print(b.readline(3), b.readline(), b.readline())
print(io.BytesIO(b"x\ny\n").readlines())
