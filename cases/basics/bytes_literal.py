# bytes literals and their repr
b = b"abc\x00\xff\n"
print(b)
print(len(b), b[0], b[-1])
print(list(b"\x01\x02"))
print(b'it\'s', b"q\"q")
print(b"\t\r\\")
print(b"" == bytes(), bytes(3))
print(b"ab" * 3)
print(b"ab" + b"cd")
print(b"\101")
