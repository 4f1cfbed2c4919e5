# strip, lstrip, rstrip
s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abchiabc".strip("cba"))
print("0012300".lstrip("0"), "0012300".rstrip("0"))
print(repr("".strip()), repr("   ".strip()))
