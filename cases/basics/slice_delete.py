# deleting slices
l = list(range(10))
del l[2:4]
print(l)
del l[-2:]
print(l)
del l[:1]
print(l)
del l[:]
print(l)
m = list(range(5))
del m[10:20]
print(m)
