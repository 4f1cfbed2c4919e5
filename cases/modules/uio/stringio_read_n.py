# StringIO.read(n) returns at most n characters; -1 and None read the rest.
try:
    import uio as io
except ImportError:
    import io

s = io.StringIO("abcdefgh")
print(repr(s.read(3)), repr(s.read(0)), repr(s.read(2)))
print(repr(s.read(-1)), repr(s.read(5)), repr(s.read()))
s.seek(0)
print(repr(s.read(None)), s.tell())
