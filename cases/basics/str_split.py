print('a b  c'.split(), ' a b '.split(), ''.split(), '   '.split(), 'a,b,,c'.split(','), ',a,'.split(','))
print('a\tb\nc\x0bd\x0ce\rf'.split(), 'a::b::c'.split('::'), ''.split(','), 'abc'.split('abc'))
try:
    'a'.split('')
except ValueError as e:
    print(type(e).__name__, e)
