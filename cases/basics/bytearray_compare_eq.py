print(bytearray(b'a') == bytearray(b'a'), bytearray(b'a') < b'b', bytearray(b'ab') > bytearray(b'a'), bytearray() == b'', bytearray(b'x') == 'x')
