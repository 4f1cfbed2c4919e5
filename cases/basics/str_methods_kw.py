print('a,b'.split(sep=','), 'abc'.startswith('b', 1), 'x'.center(width=3, fillchar='-') if False else 'x'.center(3, '-'), 'a b'.rsplit(maxsplit=1), 'ab\ncd'.splitlines(keepends=True))
print('abc'.encode(encoding='utf-8', errors='strict'), 'a\tb'.expandtabs(tabsize=2))
