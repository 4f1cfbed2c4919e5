s = 'x\u00e9y'
b = s.encode()
print(len(s), len(b), b[1:3].decode(), b[1], s[1], bytes(s, 'utf-8') == b, str(b, 'utf-8') == s, b.hex())
