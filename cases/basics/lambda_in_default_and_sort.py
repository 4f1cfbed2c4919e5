# lambdas as default arguments, in dicts and returned from functions
def apply(v, f=lambda x: x * 2):
    return f(v)
print(apply(5), apply(5, lambda x: -x))
table = {"sq": lambda x: x * x, "neg": lambda x: -x}
print(sorted((k, f(3)) for k, f in table.items()))
def adder(n):
    return lambda x: x + n
print(list(map(adder(10), [1, 2])))
pairs = [(1, "b"), (2, "a")]
pairs.sort(key=lambda p: p[1])
print(pairs)
print((lambda x, y=2, *a, k=3, **kw: (x, y, a, k, kw))(1, k=4, z=5))
