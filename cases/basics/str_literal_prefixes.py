# all string prefixes
print(u"unicode prefix", U"also")
print(type(u"x").__name__)
print(b"bytes", B"BYTES")
print(type(b"").__name__)
print(rb"r\b", Br"B\r")
print(f"{1 + 1}", F"{2 + 2}")
print(rf"{3}\n", fr"\t{4}", Rf"{5}\x", fR"{6}\\")
