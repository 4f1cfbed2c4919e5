# unpacking into attributes and subscripts
class O:
    pass
o = O()
l = [0, 0, 0]
d = {}
o.x, l[1], d['k'] = 10, 20, 30
print(o.x, l, d)
l[0], l[2] = l[2], l[0] + 5
print(l)
i = 0
i, l[i] = 2, 99
print(i, l)
