# __getitem__ receives ints, slices and tuples
class Show:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        if isinstance(k, tuple):
            return ("tuple", len(k))
        return ("item", k)
s = Show()
print(s[3])
print(s[1:5])
print(s[::2])
print(s[:, 1])
print(s[-1])
print(s["key"])
