b = b'Hello World 123 \xe9'
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize(), b'hello world'.title(), b'a1b2'.title())
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'ABC'.isupper(), b'abc'.islower(), b'Ab Cd'.istitle(), b''.isalpha(), b'\xe9'.isalpha(), b'a\x80'.isascii(), b'ab'.isascii())
