# assignment to extended slices
l = list(range(10))
l[::2] = ['e'] * 5
print(l)
l[1::2] = 'abcde'
print(l)
l[::-3] = [0, 0, 0, 0]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__)
