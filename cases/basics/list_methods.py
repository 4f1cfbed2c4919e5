# common list methods
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend("ab"); print(l)
l.insert(0, "first"); print(l)
l.insert(100, "last"); print(l)
l.insert(-1, "before last"); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove("a"); print(l)
print(l.index(2), l.count(2), l.count("zz"))
l = [3, 1, 2]
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.reverse(); print(l)
c = l.copy(); c.clear(); print(l, c)
