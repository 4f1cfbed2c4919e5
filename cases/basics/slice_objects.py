# slice objects used explicitly
s = slice(1, 8, 2)
print(s.start, s.stop, s.step)
l = list(range(10))
print(l[s])
print("abcdefghij"[s])
print(l[slice(3)])
print(l[slice(None, None, -1)])
print(slice(None).start, slice(2, None).stop)
class C:
    def __getitem__(self, k):
        return k
c = C()
k = c[1:2:3]
print(type(k).__name__, k.start, k.stop, k.step)
k = c[::]
print(k.start, k.stop, k.step)
print(c[1:2, 3])
