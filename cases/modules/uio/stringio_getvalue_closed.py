# After close(), getvalue, read and write raise ValueError.
try:
    import uio as io
except ImportError:
    import io

for cls, data in ((io.StringIO, "x"), (io.BytesIO, b"x")):
    f = cls(data)
    print(f.getvalue())
    f.close()
    for name, args in (("getvalue", ()), ("read", ()), ("write", (data,))):
        try:
            getattr(f, name)(*args)
        except ValueError:
            print(cls.__name__, name, "ValueError")
