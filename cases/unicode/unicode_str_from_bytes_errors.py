for b in (b'\xc3', b'\xc3\x28', b'\xe2\x82', b'\xf0\x9f\x98', b'\xff', b'\xed\xa0\x80', b'a\x80b'):
    print(b.decode('utf-8', 'replace'), b.decode('utf-8', 'ignore'), b.decode('utf-8', 'backslashreplace'))
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
