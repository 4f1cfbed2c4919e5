class Ring(list):
    def __init__(self, items, size):
        super().__init__(items)
        self.size = size
    def push(self, x):
        self.append(x)
        if len(self) > self.size:
            del self[0]
r = Ring([1, 2], 3)
for i in range(3, 7):
    r.push(i)
print(r, r.size, len(r), max(r), list(r), r[::-1])
