print((1).__add__('a'), (1).__mul__([1]) if False else 'x', (1).__lt__('a'))
print(int.__add__(2, 3), int.__mul__(4, 5))
