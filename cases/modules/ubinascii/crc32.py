# crc32(data[, value]): the CRC-32 used by zlib, continued from a value.
import binascii

print(binascii.crc32(b""), binascii.crc32(b"hello"), binascii.crc32(b"The quick brown fox jumps over the lazy dog"))
c = binascii.crc32(b"hello ")
print(binascii.crc32(b"world", c) == binascii.crc32(b"hello world"))
print(binascii.crc32(b"abc", 0xFFFFFFFF), binascii.crc32(bytearray(b"abc"), 1 << 40))
