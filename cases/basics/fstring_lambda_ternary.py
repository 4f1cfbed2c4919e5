f = lambda x: x * 2
print(f'{(lambda y: y + 1)(1)}', f'{f(3)}', f'{"yes" if f(1) == 2 else "no"}', f'{1 if False else 0}', f'{True and "t"}', f'{(1, 2)}', f'{1, 2}' if False else f'{(1, 2)!r}')
