a = {1, 2}
b = a
a |= {3}
a &= {1, 3, 5}
a -= {5}
a ^= {7}
print(sorted(a), a is b)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__)
