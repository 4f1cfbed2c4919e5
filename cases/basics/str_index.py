s = 'abcabc'
print(s.index('b'), s.index('b', 2), s.rindex('b'), s.rindex('a', 0, 3), s.index('', 6))
for f in (lambda: s.index('z'), lambda: s.rindex('z'), lambda: s.index('a', 4), lambda: s.index(1)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
