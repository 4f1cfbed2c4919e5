for t, a in (('{}{1}', (1, 2)), ('{0}{}', (1, 2)), ('{}{}', (1,)), ('{5}', (1,)), ('{x}', ())):
    try:
        print(t.format(*a))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(t), type(e).__name__, e)
