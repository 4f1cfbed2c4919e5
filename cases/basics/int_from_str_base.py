for base in range(2, 37):
    print(base, int('10', base), int('z' if base == 36 else '1', base))
print(int('zz', 36), int('ZZ', 36), int('-ff', 16), int('+0777', 8))
