# converting big ints to and from strings in several bases
n = 2 ** 200 + 12345
s = str(n)
print(s)
print(len(s), int(s) == n)
print(hex(n))
print(int(hex(n), 16) == n, int(bin(n), 0) == n, int(oct(n)[2:], 8) == n)
print(str(-n)[:10])
print(int("-" + s) == -n)
print(repr(10 ** 30))
