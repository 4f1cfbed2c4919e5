# escape sequences in string literals
s = "a\tb\nc\\d\'e\"f"
print(s)
print(repr(s))
print(len("\a\b\f\n\r\t\v"))
print([ord(c) for c in "\a\b\f\n\r\t\v"])
print(ord("\0"), ord("\12"), ord("\101"), ord("\x41"))
print("\x41\x42\x43")
print("\101\102")
print(repr("\x00\x7f"))
print("line1\
line2")
