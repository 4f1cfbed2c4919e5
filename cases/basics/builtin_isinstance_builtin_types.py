vals = [1, True, 1.5, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, len, object()]
types = (int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, object)
for v in vals:
    print(type(v).__name__, [t.__name__ for t in types if isinstance(v, t)])
