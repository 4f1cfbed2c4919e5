# StringIO(alloc_size) and BytesIO(alloc_size): an int creates an empty
# stream with room preallocated (Pycopy; CPython raises TypeError, hence
# the .exp file); it grows past that size as needed.
try:
    import uio as io
except ImportError:
    import io

for cls, data in ((io.StringIO, "abcdef"), (io.BytesIO, b"abcdef")):
    try:
        f = cls(4)
    except TypeError:
        print(cls.__name__, "TypeError")
        continue
    print(repr(f.getvalue()), f.tell(), repr(f.read()))
    print(f.write(data), repr(f.getvalue()))
