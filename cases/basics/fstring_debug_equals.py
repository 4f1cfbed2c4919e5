x = 5
name = 'a'
print(f'{x=}', f'{x = }', f'{name=}', f'{x*2=}', f'{x=:>4}', f'{name=!s}', f'{3.5=:.2f}')
