print('ell' in 'hello', '' in 'abc', 'x' in 'abc', '\u00e9' in 'caf\u00e9', 'abc' not in 'ab')
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
