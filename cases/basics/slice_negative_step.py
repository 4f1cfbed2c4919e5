# slices with negative steps
s = "abcdefgh"
l = list(range(10))
print(s[::-1])
print(l[::-1])
print(l[8:2:-2])
print(l[-1:-5:-1])
print(s[5::-1], s[:5:-1])
print(l[::-3])
print(s[-2::-2])
print(l[2:8:-1])
print(tuple(l)[::-4])
