L = [1, 2, 3]
out = []
for x in L:
    out.append(x)
    if x == 1:
        L.append(4)
print(out, L)
L = [1, 2, 3, 4]
for x in L:
    L.remove(x)
print(L)
