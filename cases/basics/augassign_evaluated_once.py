# target of augmented assignment is evaluated once
log = []
class Box:
    def __init__(self):
        self.v = 1
def get_box(b):
    log.append("box")
    return b
def idx(i):
    log.append("idx")
    return i
b = Box()
get_box(b).v += 10
print(b.v, log)
log.clear()
lst = [1, 2, 3]
lst[idx(1)] *= 7
print(lst, log)
log.clear()
d = {'a': [1]}
d[idx('a')] += [2]
print(d, log)
