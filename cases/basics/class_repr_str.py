# __repr__ and __str__ used by print/str/repr/format
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
r, s = R(), S()
print(r, str(r), repr(r))
print(s, str(s), repr(s))
print([r, s], (s,), {"k": s})
print("%s %r" % (s, s))
print("{} {!r}".format(s, s))
print(f"{s} {s!r}")
print(str([s]))
