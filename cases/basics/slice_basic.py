# basic slicing on lists, strings, tuples
s = "abcdefgh"
l = list(range(10))
t = tuple(l)
print(s[2:5], s[:3], s[5:], s[:])
print(l[2:5], l[-3:], l[:-3])
print(t[1:4], t[::3])
print(s[::2], s[1::2])
print(s[100:], s[-100:2], l[5:2])
print(s[-3:-1], l[-1:])
