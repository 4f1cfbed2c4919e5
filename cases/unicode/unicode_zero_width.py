s = 'a\u200bb\u200dc\ufeff'
print(len(s), s.isprintable(), repr(s), s.split('\u200b'), s.strip('\ufeff'), '\u200b'.isspace())
