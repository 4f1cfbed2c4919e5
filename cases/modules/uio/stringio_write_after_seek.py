# Writing after seek overwrites from that position and extends at the end.
import io

s = io.StringIO()
s.write("0123456789")
s.seek(3)
s.write("abc")
print(s.getvalue(), s.tell())
s.seek(8)
s.write("XYZ")
print(s.getvalue(), s.tell())
s.seek(0)
print(s.read())
