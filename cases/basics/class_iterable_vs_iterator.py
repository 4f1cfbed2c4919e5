# an iterable returning a fresh iterator each time vs a one-shot iterator
class Range3:
    def __iter__(self):
        return Range3Iter()
class Range3Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i == 3:
            raise StopIteration
        self.i += 1
        return self.i
r = Range3()
print(list(r), list(r))
it = iter(r)
print(list(it), list(it))
print([(a, b) for a in r for b in r][:4])
