"""
categories: Types, Strings
description: `str.encode()` knows only the UTF-8, ASCII and Latin-1 codecs
cause: Pycopy carries no codec registry or code page tables; `str` is UTF-8
  internally and only the codecs that map directly to it are built in.
  Another codec name raises `LookupError`.
workaround: Convert with your own table (e.g. a dict from characters to
  byte values) for other encodings.
"""

for codec in ("utf-8", "ascii", "latin-1", "utf-16", "cp1252"):
    try:
        print(codec, "A".encode(codec))
    except LookupError:
        print(codec, "LookupError")
