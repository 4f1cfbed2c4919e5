for v in (1, True, 1.5, 1j, 'a', b'a', bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., NotImplemented, {}.keys(), {}.values(), {}.items()):
    print(type(v).__name__, repr(type(v)))
