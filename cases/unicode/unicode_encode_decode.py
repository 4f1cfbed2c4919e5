for s in ('', 'ascii', 'caf\u00e9', '\u4e2d\u6587', '\U0001f600', '\x00\x7f\x80'):
    b = s.encode('utf-8')
    print(len(s), len(b), b, b.decode('utf-8') == s)
