# deleting extended slices
l = list(range(12))
del l[::3]
print(l)
del l[::-2]
print(l)
m = list(range(6))
del m[1::2]
print(m)
