s = '\U0001f600\U0001f601'
print(len(s), s[0] == '\U0001f600', s[::-1] == '\U0001f601\U0001f600', s.encode()[:4] == '\U0001f600'.encode(), ord(s[1]) - ord(s[0]))
