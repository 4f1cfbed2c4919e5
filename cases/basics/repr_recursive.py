# repr of self-referencing containers
rec = [1]
rec.append(rec)
print(rec)
d = {}
d["self"] = d
print(d)
l = [[]]
l[0].append(l)
print(l)
