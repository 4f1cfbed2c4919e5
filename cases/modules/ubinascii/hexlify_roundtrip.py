# hexlify gives two lower-case digits per byte; unhexlify undoes it.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for data in (b"", b"\x00", b"\xab\xcd", bytes(range(0, 256, 17))):
    h = binascii.hexlify(data)
    print(h, len(h) == 2 * len(data), binascii.unhexlify(h) == data)
