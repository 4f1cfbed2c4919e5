print(int(b'42'), int(b' -7 '), int(bytearray(b'ff'), 16))
