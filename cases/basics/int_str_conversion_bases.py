n = 1234567890123456789012345678901234567890
for b in (2, 8, 16):
    s = format(n, 'b' if b == 2 else 'o' if b == 8 else 'x')
    print(b, s, int(s, b) == n)
print(str(-n), repr(n * -1), len(str(n ** 5)), str(n ** 5)[:20], int(str(n ** 5)) == n ** 5)
