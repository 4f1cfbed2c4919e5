# bytes and bytearray basics
b = b"hello"
print(b[0], b[1:3], b[-1:], len(b))
print(b.upper(), b.replace(b"l", b"L"), b.split(b"e"))
print(b + b" world", b * 2, b"ll" in b, 104 in b)
print(b.decode(), "hi".encode(), bytes([65, 66]))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
print(ba, len(ba))
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__)
print(list(bytes(range(5))), bytes(2))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]))
