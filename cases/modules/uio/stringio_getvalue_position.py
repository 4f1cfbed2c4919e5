# getvalue returns everything regardless of the position and doesn't move it.
import io

s = io.StringIO("abc")
s.read(1)
print(s.getvalue(), s.tell(), s.read())
s.seek(1)
s.write("Z")
print(s.getvalue(), s.tell())
