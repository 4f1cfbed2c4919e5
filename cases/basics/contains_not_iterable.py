# `x in obj` on something not iterable: TypeError naming the type.
class A:
    pass
class B:
    def __iter__(self):
        raise TypeError('from __iter__')
class G:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
for c in (5, None, A(), B(), 1.5, len):
    try:
        print(1 in c)
    except TypeError as e:
        print(e)
print(20 in G(), 25 in G())
