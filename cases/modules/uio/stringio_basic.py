# StringIO: write, getvalue, read, tell.
import io

s = io.StringIO()
print(s.write("hello"), s.write(" "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
print(repr(s.read()))
s.seek(0)
print(repr(s.read(5)), s.tell(), repr(s.read(0)), repr(s.read()), repr(s.read()))
s = io.StringIO("initial text")
print(s.tell(), s.read(7), s.tell())
print(repr(io.StringIO().getvalue()), repr(io.StringIO(None).getvalue()))
print(io.StringIO("abc").read(None), io.StringIO("abc").read(-1))
s = io.StringIO(initial_value="kw")
print(s.read())
# Writing at the start of an initialised StringIO overwrites.
s = io.StringIO("abcdef")
s.write("XY")
print(s.getvalue(), s.tell(), s.read())
s.write("")
print(s.getvalue())
s.writelines(["1", "2", "3"])
print(s.getvalue())
