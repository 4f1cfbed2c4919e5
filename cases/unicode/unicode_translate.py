t = str.maketrans({'\u00e9': 'e', '\u00e8': None, 'a': '\u03b1'})
print('\u00e9l\u00e8ve a'.translate(t), 'abc'.translate({ord('b'): '\u4e2d'}))
