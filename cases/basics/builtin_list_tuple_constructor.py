# list() and tuple() from iterables
print(list(), list("abc"), list((1, 2)), list(range(3)))
print(list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple(), tuple([1, 2]), tuple("xy"), tuple(range(2)))
print(list(x for x in "hi"))
l = [1, 2]
c = list(l)
c.append(3)
print(l, c, c is l)
t = (1, 2)
print(tuple(t) is t or tuple(t) == t)
