# crc32 computed in pieces, passing the previous value on, equals the
# crc32 of the whole; the result is an unsigned 32-bit int.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

data = bytes(range(256)) * 3
for size in (1, 7, 64, 500):
    crc = 0
    for i in range(0, len(data), size):
        crc = binascii.crc32(data[i:i + size], crc)
    print(size, crc == binascii.crc32(data), crc)
print(binascii.crc32(b"\xff" * 4), binascii.crc32(memoryview(b"abc")), binascii.crc32(b"", 12345))
