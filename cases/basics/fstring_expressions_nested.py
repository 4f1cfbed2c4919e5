items = [1, 2, 3]
d = {'a': {'b': 5}}
name = 'World'
print(f'{len(items)}', f'{items[-1] * 2}', f"{d['a']['b']}", f'{name.upper()!r}', f'{"-".join(map(str, items))}', f'{sum(x for x in items)}', f'{[x * 2 for x in items]}', f'{ {"k": 1}["k"] }')
print(f'{1 + 1 = }' if False else '', f'{name:>{len(name) + 2}}', f'{3.14159:.{len(items)}f}', f'{name[::-1]}', f'{name!s:*^11}', f'{"nested {}".format(1)}')
