print(b'  ab  '.strip(), b'  ab  '.lstrip(), b'  ab  '.rstrip(), b'xxabxx'.strip(b'x'), b'abc'.strip(b'ac'), b'\t\n ab\x0b\x0c\r'.strip(), b'ab'.strip(None))
print(bytearray(b' q ').strip(), b'\x1cab\x1c'.strip())
