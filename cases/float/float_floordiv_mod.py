for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b, divmod(a, b))
print(5.0 % 0.3, -5.0 % 0.3, 1e300 % 3.0, 0.0 % -1.0, -0.0 % 1.0)
print(7 // 2.0, -7 // 2.0, 7 % -2.5, divmod(1, 0.3))
