s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abchiabc'.strip('cba')))
print(repr('hello'.lstrip('leh')), repr('hello'.rstrip('lo')), repr(''.strip()), repr('   '.strip()), repr('ab'.strip(None)))
print(repr('\u3000 x \u2003'.strip()), repr('\x1c\x1dx\x1e\x1f'.strip()), repr('\x85x\xa0'.strip()))
