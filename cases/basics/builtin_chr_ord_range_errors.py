print([chr(i) for i in (48, 65, 97, 0x3b1, 0x20ac)], [ord(c) for c in '0Aa\u03b1\u20ac'], ord(b'a'), ord(bytearray(b'z')), chr(0x10ffff) == '\U0010ffff', ord(chr(0x1f600)))
for f in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: ord('ab'), lambda: ord(b'ab'), lambda: ord(5), lambda: ord('')):
    try:
        f()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
