# StringIO: readline, readlines, iteration.
import io

text = "first\nsecond\n\nlast"
s = io.StringIO(text)
print(repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(0)
print(s.readline(3), s.readline(100), s.readline(-1))
s.seek(0)
print(s.readlines(7))
for line in io.StringIO("a\nb\n"):
    print(repr(line))
it = iter(io.StringIO("x\ny"))
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(io.StringIO("").readlines(), io.StringIO("no newline").readlines())
# No newline translation by default.
print(repr(io.StringIO("a\r\nb\rc").read()))
