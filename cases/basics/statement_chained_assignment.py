# chained assignment binds the same object to all targets
a = b = []
a.append(1)
print(a, b, a is b)
x = y = z = 0
x += 1
print(x, y, z)
p, q = r = (1, 2)
print(p, q, r)
l = [0, 0]
i = 0
i = l[i] = 1
print(i, l)
d = {}
d["a"] = d["b"] = "shared"
print(d)
