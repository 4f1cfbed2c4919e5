print('{{}}'.format(), '{{{}}}'.format(1), '{{0}}'.format(1), '}}{{'.format(), '{{{0}}}{{'.format('x'), 'a{{b'.format())
for t in ('{', '}', 'a{b', '{0', '{0:', '{!r}', '{0!}', '{:}{'):
    try:
        print(t.format(1))
    except (ValueError, IndexError) as e:
        print(repr(t), type(e).__name__, e)
