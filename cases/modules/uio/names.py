# The module is importable as uio (Pycopy's name) and as io.
try:
    import uio
except ImportError:
    import io as uio
import io

print(uio.StringIO is io.StringIO, uio.BytesIO is io.BytesIO)
print(callable(io.open), callable(uio.open))
print(io.StringIO("x").read(), io.BytesIO(b"y").read())
