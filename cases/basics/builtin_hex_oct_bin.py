# hex, oct, bin
for n in (0, 1, 10, 255, -255, 2 ** 40, -(2 ** 70)):
    print(hex(n), oct(n), bin(n))
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
