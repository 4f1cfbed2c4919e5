# which builtin exception common operations raise
tests = [
    ("1/0", lambda: 1 / 0),
    ("[][0]", lambda: [][0]),
    ("{}[1]", lambda: {}[1]),
    ("int('x')", lambda: int("x")),
    ("1+'a'", lambda: 1 + "a"),
    ("None.x", lambda: None.x),
    ("undefined", lambda: undefined_name),
    ("next(iter([]))", lambda: next(iter([]))),
    ("'a'.index('b')", lambda: "a".index("b")),
    ("[].pop()", lambda: [].pop()),
    ("len(5)", lambda: len(5)),
    ("hash([])", lambda: hash([])),
    ("chr(-1)", lambda: chr(-1)),
    ("(1,)[5]", lambda: (1,)[5]),
    ("'abc'[9]", lambda: "abc"[9]),
    ("set().pop()", lambda: set().pop()),
    ("float('z')", lambda: float("z")),
    ("[1].remove(2)", lambda: [1].remove(2)),
]
for name, f in tests:
    try:
        f()
        print(name, "no error")
    except Exception as e:
        print(name, type(e).__name__)
