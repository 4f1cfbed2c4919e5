print(b'a\tb'.expandtabs(), b'a\tbc\td'.expandtabs(4), b'a\nb\r\nc\rd'.splitlines(), b'a\nb\n'.splitlines(True), b''.splitlines(), b'x\x0by'.splitlines())
