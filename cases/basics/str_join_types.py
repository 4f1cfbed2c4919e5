print(''.join(['a', 'b']), '-'.join(('x',)), ','.join(str(i) for i in range(5)), '|'.join({'k': 1}), ''.join(map(chr, [72, 105])), '.'.join(list('abc')), ' '.join([]))
class S(str):
    pass
print('+'.join([S('a'), 'b', S('c')]), type('+'.join([S('a')])).__name__)
