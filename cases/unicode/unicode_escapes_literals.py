print('\u00e9' == '\xe9', '\101\x42\u0043', len('\U0010ffff'), '\t\n'.encode(), '\0' == '\x00', len('\777'), r'\u00e9', len(r'\u00e9'))
print(b'\u00e9', len(b'\u00e9'), '\x41\u0042\U00000043', 'a\
b')
