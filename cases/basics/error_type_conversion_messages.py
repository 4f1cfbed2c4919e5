for f in (lambda: int([]), lambda: float([]), lambda: complex([]), lambda: str(b'a', 1), lambda: bytes('a'), lambda: list(1), lambda: tuple(1), lambda: dict(1), lambda: set(1), lambda: bool.__new__(int), lambda: len(1)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__)
