# various expressions inside f-strings
def sq(x):
    return x * x
lst = [1, 2, 3]
print(f"{sq(4)}")
print(f"{lst[-1]} {lst[1:]}")
print(f"{'yes' if lst else 'no'}")
print(f"{sum(x for x in lst)}")
print(f"{[x * 2 for x in lst]}")
print(f"{(lambda y: y + 1)(1)}")
print(f"{lst!r:>12}")
print(f"{3 > 2}")
print(f"{1, 2}")
print(f"{'a' 'b'}")
