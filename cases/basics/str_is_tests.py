tests = ['abc', 'ABC', 'Abc', 'abc123', '123', '', ' ', '\t\n', 'a b', 'Hello World', 'hello World', '\u00e9', '\u0661\u0662', '\u00bd', '\u2167', '_id', '1a', 'a1', 'if', '\x7f', 'caf\u00e9']
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(), t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
