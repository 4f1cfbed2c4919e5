# nested comprehensions with conditions on several levels
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix if sum(row) > 6 for x in row if x % 2])
print({r[0]: [x for x in r if x > r[0]] for r in matrix})
flat = [x for sub in [[1], [2, 3], []] for x in sub]
print(flat)
print([(a, b, c) for a in range(1, 10) for b in range(a, 10) for c in range(b, 14) if a * a + b * b == c * c])
