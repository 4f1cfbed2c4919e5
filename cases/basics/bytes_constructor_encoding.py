# bytes()/bytearray() with encoding and errors: encoded by the codec, and
# an encoding only with a str source.
for ctor in (bytes, bytearray):
    for args in (('ab', 'utf-8'), ('\u00e9', 'latin-1'), ('\u00e9', 'ascii', 'ignore'),
                 ('\u20ac', 'ascii', 'replace'), ('a', 'nope'), ('\u00e9', 'ascii'),
                 ([1], 'x'), (3, 'utf-8'), (b'a', 'ascii'), ('a',), ()):
        try:
            print(ctor(*args))
        except (TypeError, LookupError, UnicodeError) as e:
            print(type(e).__name__)
    print(ctor('x', encoding='ascii'), ctor(source='y', encoding='utf-8'))
    for kw in ({'errors': 'strict'}, {'encoding': 'utf-8'}):
        try:
            print(ctor(**kw))
        except TypeError as e:
            print(type(e).__name__, e)
