# bytes repr choosing quote style
print(repr(b"'"))
print(repr(b'"'))
print(repr(b"'\""))
print(repr(b"\x7f\x80"))
print(repr(bytes([0, 9, 10, 13, 92, 65])))
