# StringIO and BytesIO are context managers that close on exit.
import io

with io.StringIO("in") as s:
    print(s.read(), s.closed)
print(s.closed)
with io.BytesIO() as b:
    b.write(b"z")
    print(b.getvalue())
print(b.closed)
try:
    with io.StringIO() as s:
        raise KeyError("k")
except KeyError:
    print("KeyError", s.closed)
