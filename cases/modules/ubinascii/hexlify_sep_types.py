# The separator of hexlify: str or bytes of one character, placed between
# bytes (never at the ends); a longer one is ValueError, an int TypeError.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

print(binascii.hexlify(b"\x01\x02", " "), binascii.hexlify(b"\x01\x02", b"\t"), binascii.hexlify(b"\xff", ":"))
for sep in ("::", b"ab"):
    try:
        binascii.hexlify(b"ab", sep)
    except ValueError:
        print("ValueError", repr(sep))
try:
    binascii.hexlify(b"ab", 5)
except TypeError:
    print("TypeError")
