# trailing commas in displays, calls and definitions
print([1, 2, ], (1, ), {"a": 1, }, {3, })
def f(a, b, ):
    return a + b
print(f(1, 2, ))
print(f(
    1,
    2,
))
x = 1,
print(x)
print(((1, 2), )[0])
def g(*a, k=0, ):
    return a, k
print(g(1, k=2, ))
