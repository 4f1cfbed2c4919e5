# Set displays of constants iterate in CPython's order.
print({3, 1, 2})
print({-1, 5, 100, 8, 16, 33})
print({-5, -4, -3, -2, -1, 0})
print({64, 32, 16, 8, 4, 2, 1})
print({1000, 7, 15, 23})
print({(1, 2), (3, 4), (0, 0)})
print({1.5, 2.5, -3.0, 0.125})
x = 9
print({x, 1, 17, 25})
