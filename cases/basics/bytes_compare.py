print(b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'a' == b'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' != 'a', b'\xff' > b'\x00', sorted([b'b', b'a', b'']))
try:
    b'a' < 'a'
except TypeError as e:
    print(type(e).__name__)
