print('a b c d'.split(None, 2), 'a b c d'.split(' ', 1), 'a,b,c'.split(',', 0), 'a,b,c'.split(',', -1), 'a,b,c'.split(maxsplit=1, sep=','))
print('  a  b  c  '.split(None, 1), '  a  b  c  '.split(maxsplit=2), 'a b'.split(maxsplit=0), '  a b'.split(maxsplit=0))
