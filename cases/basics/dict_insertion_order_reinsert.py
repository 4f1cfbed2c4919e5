d = {}
for k in 'zyxwv':
    d[k] = ord(k)
print(list(d), list(d.values()))
d['x'] = 0
print(list(d))
del d['y']
d['y'] = 1
print(list(d.items()))
d.pop('z')
d['z'] = 2
print(list(d))
