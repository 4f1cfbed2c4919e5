# write() returns the number of characters written.
import io

s = io.StringIO()
print(s.write("abc"), s.write(""), s.write("\u00e9\u4e2d"), s.write("\n"))
print(repr(s.getvalue()), s.tell())
