print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'), ''.partition('a'))
print('key: value'.partition(': '), '\u00e9t\u00e9'.partition('t'))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
