# set operations on dict key views
d = {"x": 1, "y": 2}
k = d.keys()
print(sorted(k & {"y", "z"}))
print(sorted(k | {"q"}))
print(sorted(k - {"x"}))
print(sorted(k ^ {"x", "w"}))
print(k == {"x", "y"})
