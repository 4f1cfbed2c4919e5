# yield from delegating to a user iterator object
class Three:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
def g():
    r = yield from Three()
    yield ("returned", r)
print(list(g()))
def h():
    r = yield from (x for x in "ab")
    yield r
print(list(h()))
