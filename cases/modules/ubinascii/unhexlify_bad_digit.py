# unhexlify of a non-hex digit is binascii.Error with CPython's message.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for data in ("0x", b"g0", "12 4", "--"):
    try:
        binascii.unhexlify(data)
    except binascii.Error as e:
        print(repr(data), "Error", e)
