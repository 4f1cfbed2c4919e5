# set.pop() takes elements in CPython's order.
s = {1, 2, 3, 9, 17}
print(s.pop(), s.pop(), s)
t = set(range(10, 0, -1))
out = []
while t:
    out.append(t.pop())
print(out)
u = {40, 8, 72}
u.pop()
u.add(1)
print(u.pop(), u)
