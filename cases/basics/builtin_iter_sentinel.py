data = [1, 2, 3, 0, 4]
pos = [0]
def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)), pos[0])
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)))
it = iter(lambda: 'x', 'x')
print(list(it), next(it, 'done'))
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
