# unhexlify of an odd number of digits is binascii.Error (a ValueError),
# with CPython's message.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for data in ("1", b"123", "abcde"):
    try:
        binascii.unhexlify(data)
    except ValueError as e:
        print(repr(data), type(e).__name__, e)
