# StringIO: truncate, flush, readable/writable/seekable.
import io

s = io.StringIO("abcdef")
print(s.truncate(3), s.getvalue(), s.tell())
s.seek(2)
print(s.truncate(), s.getvalue())
s.seek(0, 2)
s.write("Q")
print(s.getvalue())
print(s.flush(), s.readable(), s.writable(), s.seekable())
print(io.StringIO("xyz").truncate(10))
