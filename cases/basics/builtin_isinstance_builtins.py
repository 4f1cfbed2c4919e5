# isinstance with builtin types
vals = [1, 1.0, "s", [1], (1,), {1: 1}, {1}, None, True, b"b"]
for v in vals:
    print(repr(v), isinstance(v, int), isinstance(v, (list, tuple)), isinstance(v, (str, bytes)))
print(isinstance(True, bool), isinstance(1, float), isinstance(1.0, (int, float)))
