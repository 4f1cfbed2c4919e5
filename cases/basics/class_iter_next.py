# __iter__ and __next__
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
for i in Countdown(2):
    print("tick", i)
c = Countdown(3)
print(next(c), next(c))
print(list(c), list(c))
class Reusable:
    def __iter__(self):
        return iter([1, 2, 3])
r = Reusable()
print(list(r), list(r), sum(r), max(r))
a, b, c = Reusable()
print(a, b, c)
