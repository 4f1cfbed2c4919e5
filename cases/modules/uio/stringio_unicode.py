# StringIO holds text: positions and sizes are in characters.
import io

s = io.StringIO()
print(s.write("h\u00e9llo \u65e5\u672c \U0001f600!"))
print(s.tell(), len(s.getvalue()))
s.seek(1)
print(s.read(1), s.tell(), s.read(4), s.tell())
s.seek(7)
s.write("XY")
print(s.getvalue())
s = io.StringIO("\u00e9\u00e9\u00e9")
print(s.readline(2), s.tell(), s.read())
