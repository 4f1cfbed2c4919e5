class L(list):
    pass
l = L([3, 1, 2])
l.append(4)
l.extend([0])
l.insert(0, 9)
l.remove(1)
l.sort()
print(l, len(l), l[0], l[-1], l[1:3], type(l[1:3]).__name__, l.index(3), l.count(2), l.pop(), l, 2 in l, l + [7], type(l + [7]).__name__, l * 2, list(reversed(l)), sorted(l, reverse=True))
l[0] = 100
del l[1]
l[1:2] = ['a', 'b']
l += [5]
print(l, type(l).__name__, isinstance(l, list), l == [100, 'a', 'b', 4, 5], repr(l), str(l), bool(L()), bool(l))
