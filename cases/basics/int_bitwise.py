# bitwise operators on ints incl. negatives
print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~5, ~-1)
print(-12 & 10, -12 | 10, -12 ^ 10)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(5 & -1, 0xff & -256)
print(True & False, True | False, True ^ True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__)
