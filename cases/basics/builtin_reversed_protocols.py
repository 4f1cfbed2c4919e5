print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1, 2))), list(reversed(range(3))), list(reversed(b'ab')), list(reversed([])), list(reversed({'a': 1, 'b': 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
for bad in ({1, 2}, 5):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__)
