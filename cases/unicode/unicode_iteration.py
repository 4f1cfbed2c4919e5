s = 'h\u00e9\U0001f40d'
for c in s:
    print(c, ord(c), len(c), c.encode())
print(list(enumerate(s)), [c for c in reversed(s)])
