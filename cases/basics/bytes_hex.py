print(b'\x01\xab\xff'.hex(), b''.hex(), b'abc'.hex('-'), b'abcdef'.hex(':', 2), bytearray(b'\x10\x20').hex(), bytes.fromhex('01 ab ff'), bytes.fromhex(''), bytearray.fromhex('4142'))
try:
    bytes.fromhex('0g')
except ValueError as e:
    print(type(e).__name__)
try:
    bytes.fromhex('abc')
except ValueError as e:
    print(type(e).__name__)
