# a context manager object used several times and nested with itself
class Depth:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
cm = Depth()
with cm as d1:
    with cm as d2:
        print(d1, d2)
    with cm as d3:
        print(d3)
print(cm.depth)
for _ in range(2):
    with cm as d:
        print("loop", d)
