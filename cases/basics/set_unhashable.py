for f in (lambda: {[]}, lambda: set([{}]), lambda: {1}.add([]), lambda: [] in {1}, lambda: frozenset([set()])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print({1}.discard([]) if False else 'ok')
