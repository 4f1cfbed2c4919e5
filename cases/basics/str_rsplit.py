print('a b c d'.rsplit(), 'a b c d'.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), '  a  b  c  '.rsplit(None, 1), 'a::b::c'.rsplit('::', 1))
print('abc'.rsplit('b'), ''.rsplit(), 'aaa'.rsplit('a', 1), 'a b  '.rsplit(maxsplit=0), '  a b'.rsplit(maxsplit=0))
