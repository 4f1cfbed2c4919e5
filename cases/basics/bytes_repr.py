print(b'', b'abc', b'\x00\x01\xff', b'\n\t\r\\', b"'", b'"', b'\'"', bytes(range(30, 40)), b'\x7f\x80')
print(repr(b'a'), str(b'a'), bytearray(b"it's"), bytearray())
