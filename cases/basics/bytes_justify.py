print(b'ab'.center(6), b'ab'.center(7, b'*'), b'ab'.ljust(5, b'.'), b'ab'.rjust(5), b'42'.zfill(5), b'-42'.zfill(6), b'abc'.center(2), bytearray(b'x').center(3, b'-'))
try:
    b'a'.center(5, b'ab')
except TypeError as e:
    print(type(e).__name__, e)
