for src in ("f'{}'", "f'{'", "f'}'", "f'{1!x}'", "f'{1:{}}'"):
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__)
try:
    f'{undefined_name}'
except NameError as e:
    print(type(e).__name__, e)
try:
    f'{1:d}' f'{"s":d}'
except ValueError as e:
    print(type(e).__name__, e)
