a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a == 1 + 2j, a != b)
print(a + 1, 2 * a, a / 2, 1 / a, a - 1.5, a ** 0, (1j) ** 2, 2 ** (1j))
print((1 + 1j) ** 0.5, abs(-3j), 1j * 1j == -1)
