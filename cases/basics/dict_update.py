d = {'a': 1}
d.update({'b': 2})
d.update([('c', 3), ('a', 0)])
d.update(x=9)
d.update({'y': 1}, z=2)
d.update()
d.update(d)
print(d)
class M:
    def keys(self):
        return ['k1', 'k2']
    def __getitem__(self, k):
        return k.upper()
d.update(M())
print(d)
try:
    d.update(5)
except TypeError as e:
    print(type(e).__name__)
try:
    d.update([1])
except TypeError as e:
    print(type(e).__name__)
