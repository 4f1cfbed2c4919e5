# seek(offset, whence): 0 from the start, 1 (offset 0) current, 2 (offset 0)
# end; seek returns the new position.
import io

s = io.StringIO("hello")
print(s.seek(2), s.read(1))
print(s.seek(0, 1), s.read(1))
print(s.seek(0, 2), repr(s.read()))
print(s.seek(0, 0), s.read())
