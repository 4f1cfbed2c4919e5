# lexicographic comparison of sequences
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9])
print((1, 2) == (1, 2), (1,) < (1, 0))
print("abc" < "abd", "ab" < "abc", "B" < "a")
print([] < [0], () == ())
print([1, [2, 3]] < [1, [2, 4]])
print(b"ab" < b"b", b"" < b"\x00")
print([1, 2] != [1, 2], (1, 2) >= (1, 2))
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__)
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__)
