s = '\u00e9a\u00e9b\u00e9c'
print(s.find('\u00e9'), s.find('\u00e9', 1), s.rfind('\u00e9'), s.count('\u00e9'), s.index('b'), s.find('c', -2), s.rfind('\u00e9', 0, 3), s.replace('\u00e9', 'E', 2), s.partition('b'))
