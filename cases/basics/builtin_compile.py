code = compile('x * 2', '<expr>', 'eval')
print(eval(code, {'x': 21}), type(code).__name__)
code = compile('y = 3\nz = y + 1', 'file.py', 'exec')
ns = {}
exec(code, ns)
print(ns['y'], ns['z'])
code = compile('1 + 1', '<s>', 'single')
print(type(code).__name__)
try:
    compile('x', '<s>', 'bad')
except ValueError as e:
    print(type(e).__name__)
try:
    compile('x +', '<s>', 'eval')
except SyntaxError as e:
    print(type(e).__name__)
