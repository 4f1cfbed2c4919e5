# min and max with key and default
print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 5, 0]), max("hello"))
print(min(["aa", "b", "ccc"], key=len), max(["aa", "b", "ccc"], key=len))
print(max([], default="empty"), min([], default=None))
print(max([1, 2], default=0))
print(max([(1, 'b'), (1, 'a')]), min([(2, 1), (1, 2)]))
print(max(-3, 2, key=abs), min(-3, 2, key=abs))
print(max([3, 3.5, 2]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__)
print(max(["x", "yy", "zz"], key=len))
