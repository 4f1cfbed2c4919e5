# assignment to list slices
l = list(range(6))
l[1:3] = ['a', 'b', 'c']
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [99]
print(l)
l[2:5] = []
print(l)
l[:] = "xy"
print(l)
l[1:1] = (7, 8)
print(l)
l[-1:] = range(3)
print(l)
