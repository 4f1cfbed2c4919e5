s = 'Gr\u00fc\u00dfe aus K\u00f6ln'
print(s.lower(), s.upper(), s.title(), s.swapcase(), s.split(' '), s.center(20, '\u00b7'), s.count('\u00f6'), s[4:], s.encode('latin-1'), len(s.encode()))
