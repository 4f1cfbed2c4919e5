# chr and ord
print(chr(65), chr(97), chr(48), chr(32) == " ")
print(ord("A"), ord("z"), ord(" "), ord("\n"))
print([chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr(ord(c) + 1) for c in "HAL"))
print(ord(b"A"), ord(chr(200)))
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__)
