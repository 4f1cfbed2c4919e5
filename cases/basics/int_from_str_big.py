s = '1' * 60
print(int(s), int(s, 2), int(s, 16))
print(int('-' + '9' * 40) + 1)
print(int('z' * 20, 36))
