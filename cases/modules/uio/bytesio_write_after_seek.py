# BytesIO: writes at a seek position overwrite; beyond the end they pad
# with zero bytes; write returns the byte count.
import io

b = io.BytesIO(b"abcdef")
b.seek(2)
print(b.write(b"XY"), b.getvalue(), b.tell())
b.seek(8)
print(b.write(bytearray(b"!")), b.getvalue())
print(b.write(memoryview(b"mv")), b.getvalue())
