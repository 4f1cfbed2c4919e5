g = {'a': 1}
exec('b = a + 1\nc = [b] * 2', g)
print(g['b'], g['c'])
l = {}
exec('def f(x):\n    return x * 3\nr = f(2)', g, l)
print(l['r'], 'f' in l, 'f' in g, exec('1'))
exec('print("inside exec", a)', {'a': 'A'})
def scope():
    exec('zz = 5')
    return 'zz' in globals()
print(scope())
try:
    exec('if True print(1)')
except SyntaxError as e:
    print(type(e).__name__)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__)
