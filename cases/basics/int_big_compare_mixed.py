# mixing big ints and small ints
big = 10 ** 20
small = 7
print(big > small, small < big, big == big + 0)
print(big - big == 0)
print((big * 3) // big)
print(hash(big - big + 5) == hash(5))
print(int(str(big)) == big)
print(str(big)[:5])
print([big, small][0] // big)
