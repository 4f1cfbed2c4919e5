# Malformed JSON raises ValueError with CPython's message and position.
import json

docs = [
    "", " ", "[", "]", "{", "}", "[1,]", "[1 2]", "[1,2", '{"a":1,}', "{a:1}", '{"a" 1}',
    '{"a"', '{"a":', '{"a":1 "b":2}', '{"a":1, }', "[1]x", "1 2", "true false",
    '"abc', '"ab\\', '"a\\x"', '"\\u12"', '"\\uzzzz"', '"ab\\u', '["a", "b\\u00"]',
    '"\x01"', '["\t"]', "tru", "nul", "fals", "01", "-", "1.", ".5", "1e", "+1", "--1",
    "Nan", "infinity", "'a'", "[1,\n2,\n]", "\n\n  x", '"\u00e9" x', "{}{}",
]
for d in docs:
    try:
        print(repr(d), "->", json.loads(d))
    except ValueError as e:
        print(repr(d), "ValueError", e)
