x = 10
print(eval('x + 1'), eval('[i * 2 for i in range(3)]'), eval('  1 + 1'), eval('x', {'x': 5}), eval('x + y', {'x': 1}, {'y': 2}), eval(b'2 * 3'), eval('len("abc")'), eval('(lambda a: a + x)(1)'))
g = {}
print(eval('__builtins__ is not None', g), sorted(k for k in g if k != '__builtins__'))
for src in ('1 +', 'x = 1', ''):
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    eval('undefined_name')
except NameError as e:
    print(type(e).__name__, e)
