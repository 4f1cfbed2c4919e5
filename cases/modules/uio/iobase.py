# IOBase is the base of the stream types and of streams in Python.
import io

print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.IOBase))


class Upper(io.IOBase):
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s.upper())
        return len(s)


u = Upper()
print(isinstance(u, io.IOBase))
print("hello", "stream", file=u)
print(repr("".join(u.parts)))
