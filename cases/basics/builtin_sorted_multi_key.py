# sorting by several keys with tuples
students = [("ann", "b", 90), ("bob", "a", 85), ("cid", "b", 85), ("dan", "a", 90)]
print(sorted(students, key=lambda s: (s[1], -s[2], s[0])))
print(sorted(students, key=lambda s: (-s[2], s[0])))
print([s[0] for s in sorted(students, key=lambda s: s[2], reverse=True)][:2])
print(sorted(["b10", "a2", "b2", "a10"], key=lambda s: (s[0], int(s[1:]))))
