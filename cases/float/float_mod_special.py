inf = float('inf')
print(1.0 % inf, -1.0 % inf, 1.0 % -inf, -1.0 % -inf)
print(inf // 1.0 if False else 'skip', 3.0 // inf, -3.0 // inf)
r = inf % 2.0
print(r != r)
