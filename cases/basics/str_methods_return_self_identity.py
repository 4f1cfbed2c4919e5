s = 'hello world'
print(s.strip() == s, s.ljust(3) == s, s.center(2) == s, s.zfill(1) == s, s.replace('z', 'q') == s, s[:] == s, s + '' == s, s * 1 == s, str(s) == s)
