s = 'one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1d8\x1e9\x85ten\u2028eleven\u2029twelve'
print(s.splitlines())
print('a\nb\n'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'a\r\n\r\nb'.splitlines(keepends=True))
