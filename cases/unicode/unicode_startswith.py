s = '\u00fcber \u00e4rger'
print(s.startswith('\u00fc'), s.startswith('\u00e4', 5), s.endswith('rger'), s.endswith('\u00fcb', 0, 2), s.startswith(('x', '\u00fcber')))
