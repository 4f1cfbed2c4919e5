# The results of set operators iterate in CPython's order.
a = {10, 20, 30, 40, 50}
b = set([7, 14, 21, 28, 35, 42])
print(a | b)
print(b | a)
print(a & b, a & {10, 50, 90})
print(a - b, a - {20, 40})
print(a ^ b)
print(b ^ a)
print(frozenset([3, 2, 1]) | {64, 8})
print({1, 9, 17} ^ {25, 9})
