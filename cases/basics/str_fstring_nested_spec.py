width, prec = 10, 3
for v in (3.14159, -2.5, 1e5):
    print(f'[{v:{width}.{prec}f}]', f'[{v:>{width}}]', f'[{v:{"<" if v > 0 else ">"}{width}}]')
fill = '*'
print(f'{"x":{fill}^{width}}')
