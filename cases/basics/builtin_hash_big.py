M = 2**61 - 1
for n in (M - 1, M, M + 1, 2 * M, -M, -(M + 1), 2**64, -(2**64), 10**30):
    print(hash(n) == (n % M if n >= 0 else -((-n) % M)) or (hash(n) == -2 and n % M == M - 1))
print(hash(-1) == -2, hash(M) == 0, hash(float(2**80)) == hash(2**80), hash(0.5) == hash(0.5))
