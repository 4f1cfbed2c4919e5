for spec in ('', '10', '<10', '>10', '^10', '*^10', '.2', '10.2', '-<6', '=>6' if False else '>6'):
    print(repr(format('hello', spec)))
try:
    format('x', '=10')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('x', '+')
except ValueError as e:
    print(type(e).__name__, e)
