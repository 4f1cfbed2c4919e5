# lambda expressions
sq = lambda x: x * x
print(sq(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a: a)(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print((lambda a, *, b: a - b)(10, b=3))
print(sorted([3, -1, 2], key=lambda v: -v))
print(list(map(lambda x: x + 1, [1, 2])))
f = lambda: lambda y: y * 3
print(f()(4))
