class N(int):
    pass
n = N(10)
print(n + 5, n - 1, n * 2, n // 3, n % 3, n ** 2, -n, abs(N(-3)), n << 1, n >> 1, n & 3, n | 5, n ^ 1, ~n, divmod(n, 3), pow(n, 2, 7))
print(n.bit_length(), n.to_bytes(2, 'big'), N.from_bytes(b'\x01', 'big'), type(N.from_bytes(b'\x01', 'big')).__name__, n.as_integer_ratio(), n.real, n.numerator, float(n), str(n), format(n, 'x'), hex(n), n == 10, n < 11, hash(n) == hash(10))
print(type(n + 5).__name__, type(-n).__name__, isinstance(n, int), [0, 1, 2][N(1)], range(N(3)), 'ab' * N(2), round(N(15), -1), int(n) is not n or True)
