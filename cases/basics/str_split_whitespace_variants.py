for s in ('a b', ' a  b ', 'a\tb\nc', 'a\x1cb\x1dc\x1ed\x1fe', 'a\xa0b', 'a\u2003b', '\n\n', 'abc'):
    print(repr(s), s.split(), s.split(' '), s.rsplit(None, 1), s.split(maxsplit=1))
