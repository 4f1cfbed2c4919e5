class Sq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Sq()), list(iter(Sq())), 9 in Sq(), 5 in Sq(), sorted(Sq(), reverse=True), sum(Sq()))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(It()), [x * 2 for x in It()], max(It()), tuple(It()), dict.fromkeys(It()))
