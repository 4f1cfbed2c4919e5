for s in ('Hello World', 'Hello world', '\u01c5ungla', 'HELLO', 'Hello\u00e9', '\u00c9cole Normale', '1st Place', '', 'A', 'aB'):
    print(repr(s), s.istitle(), s.title())
