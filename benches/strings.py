# String building, splitting, joining, formatting.
parts = []
for i in range(100000):
    parts.append("item%d" % i)
s = ",".join(parts)
words = s.split(",")
print(len(words), words[-1], len(s))
out = []
for w in words[:50000]:
    out.append(w.upper().replace("ITEM", "x") + "!")
print(len("".join(out)))
print(len(["{}:{:>5}".format(i, i * 2) for i in range(50000)]))
