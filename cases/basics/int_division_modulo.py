# floor division and modulo with signs
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
print(0 // 5, 0 % 5)
print(-1 // 10, -1 % 10)
print(7 / 2, -7 / 2)
print(6 / 3, type(6 / 3).__name__)
