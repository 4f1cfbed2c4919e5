# raw string literals
print(r"a\nb")
print(R"c:\temp\new")
print(len(r"\n"), len("\n"))
print(r'\'', len(r'\''))
print(r"\x41")
print(rb"\x00" == b"\\x00")
print(Rb"\t", bR"\t", br"\t")
