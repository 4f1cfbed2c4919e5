print(ord('a'), ord('\u00e9'), ord('\u20ac'), ord('\U0001f600'), chr(97), chr(233), chr(0x1f600), chr(0), repr(chr(0x10ffff)))
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: ord(''), lambda: ord('ab'), lambda: ord(1), lambda: chr('a')):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
