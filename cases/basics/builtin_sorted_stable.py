# sorting is stable: equal keys keep their original order
people = [("ann", 30), ("bob", 25), ("cid", 30), ("dan", 25), ("eve", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
l = ["bb", "a", "cc", "d", "ee"]
l.sort(key=len)
print(l)
