# implicit concatenation of adjacent literals
s = "abc" 'def' """ghi"""
print(s)
t = ("one "
     "two "
     "three")
print(t)
print(r"\n" "\n" == "\\n\n")
print(b"ab" b"cd")
x = 5
print("x=" f"{x}" " done")
print(f"{x}" f"{x * 2}")
