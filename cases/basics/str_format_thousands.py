# thousands separator in format specs
print("{:,}".format(1234567))
print("{:,}".format(-1000))
print("{:_}".format(1000000))
print(f"{10 ** 9:,}")
