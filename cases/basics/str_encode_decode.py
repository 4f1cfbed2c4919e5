# encoding and decoding ASCII/UTF-8 text
s = "hello"
b = s.encode()
print(b, type(b).__name__, b.decode() == s)
print("abc".encode("utf-8"), b"xyz".decode("utf-8"))
print(bytes("AB", "ascii"), str(b"AB", "ascii"))
print(list("hi".encode()), len("caf\u00e9".encode("utf-8")))
try:
    b"\xff".decode("utf-8")
except UnicodeError as e:
    print("UnicodeError caught", isinstance(e, ValueError))
