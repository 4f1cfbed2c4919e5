# int.bit_count(): number of ones in abs(n).
for n in (0, 1, 5, -7, 255, -256, 2**64 - 1, -(2**100), 2**100 + 3, True, False):
    print(n, n.bit_count())
print(int.bit_count(12))
try:
    int.bit_count(1.5)
except TypeError as e:
    print(type(e).__name__)
