# modifying a list while iterating over a copy / extending during iteration
items = [1, 2, 3, 4]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
grow = [1]
for x in grow:
    if x < 5:
        grow.append(x + 1)
print(grow)
d = {1: 'a', 2: 'b'}
for k in list(d):
    del d[k]
print(d)
