print('ab'.__add__('c'), 'ab'.__mul__(2), 'ab'.__rmul__(2), 'ab'.__len__(), 'ab'.__contains__('a'), 'ab'.__getitem__(1), 'ab'.__eq__('ab'), 'ab'.__lt__('b'))
print('a'.__eq__(1), '%s!'.__mod__('x'), str.__len__('xyz'), str.upper('abc'), str.join(',', 'ab'), 'b'.__ge__('a'), 'ab'.__hash__() == hash('ab'))
try:
    'ab'.__add__(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    'ab'.__mul__('x')
except TypeError as e:
    print(type(e).__name__)
