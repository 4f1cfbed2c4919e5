# StringIO: seek and tell count characters.
import io

s = io.StringIO("0123456789")
print(s.seek(4), s.read(2), s.tell())
print(s.seek(0, 2), s.tell(), repr(s.read()))
print(s.seek(0, 1), s.seek(0), s.read(1))
# Seeking past the end, then writing, pads with NULs.
s = io.StringIO("ab")
print(s.seek(5), repr(s.read()), s.tell())
s.write("Z")
print(repr(s.getvalue()), s.tell())
# Overwriting in the middle.
s = io.StringIO("hello world")
s.seek(6)
s.write("WORLD!!")
print(s.getvalue())
for args in ((1, 1), (-1, 2), (-1,), (0, 3)):
    try:
        s.seek(*args)
        print("ok", args)
    except (OSError, ValueError) as e:
        print(type(e).__name__ in ("OSError", "ValueError", "UnsupportedOperation"), e)
