# += on a list mutates in place, on a tuple rebinds
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "x"
s2 = s
s += "y"
print(s, s2)
