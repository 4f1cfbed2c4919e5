x, y = 10, 'abc'
print(f'{x}', f'{x + 1}', f'{y!r}', f'{y!s:>6}', f'{x:#x}', f'{x!r:>5}', f'{{x}}', f'{x}{y}', f'{"q"}', f'{3.14159:.{x - 8}f}')
d = {'k': 5}
print(f"{d['k']}", f'{[1, 2][1]}', f'{x if x else y}', f'{(lambda a: a * 2)(3)}', f'{y[1:]:^7}|', f'{x=}' if False else '')
