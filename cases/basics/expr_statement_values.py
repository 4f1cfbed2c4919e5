# expression results and truthiness of different types
for v in (0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, set(), range(0), range(1), b"", b"\x00"):
    print(repr(v), bool(v))
