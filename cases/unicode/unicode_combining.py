s = 'e\u0301'
print(len(s), s == '\u00e9', s.upper(), repr(s), s[0], repr(s[1]), s.isalpha(), '\u0301'.isalpha(), s.isidentifier())
