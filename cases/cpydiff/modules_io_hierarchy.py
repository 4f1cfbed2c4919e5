"""
categories: Modules, uio
description: `io` has a flat class hierarchy (`StringIO` and `BytesIO` derive from `IOBase` directly)
cause: As the spec's uio section says, the stream classes are simplified:
  there are no `TextIOBase`, `BufferedIOBase`, `RawIOBase` or buffered
  reader/writer classes, and `io` is the built-in `uio` module.
workaround: Test streams with `isinstance(s, io.IOBase)` or by the methods
  they have.
"""
import io

print(io.__name__)
print([c.__name__ for c in io.StringIO.__mro__])
print([c.__name__ for c in io.BytesIO.__mro__])
print(isinstance(io.StringIO(), io.IOBase))
print([n for n in ("TextIOBase", "BufferedIOBase", "RawIOBase", "BufferedReader",
                   "TextIOWrapper") if not hasattr(io, n)])
