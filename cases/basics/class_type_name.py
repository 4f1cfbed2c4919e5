# type(obj).__name__ for builtin and user objects
class Mine: pass
for v in (1, 1.5, "s", b"b", [], (), {}, set(), None, True, Mine(), range(1), 1j, Mine, frozenset(), bytearray(), slice(1), object()):
    print(type(v).__name__)
