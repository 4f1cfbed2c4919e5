# string concatenation, repetition, indexing, comparisons
s = "abc"
print(s + "def", s * 2, 3 * "x", s * 0, s * -1)
print(s[0], s[-1], s[1:])
print(s < "abd", s == "abc", "A" < "a")
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__)
try:
    s[5]
except IndexError as e:
    print(type(e).__name__)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__)
print(len(s * 100), "b" in s)
