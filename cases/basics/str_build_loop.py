s = ''
for i in range(20000):
    s += 'x'
print(len(s))
parts = []
for i in range(1000):
    parts.append(str(i))
print(len(''.join(parts)), ''.join(parts)[-10:])
