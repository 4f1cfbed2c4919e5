nan = float('nan')
L = [nan, 1]
print(nan in L, 1 in L, 1.0 in L, True in L, [nan] == [nan], L.count(nan), L.index(nan))
class E:
    def __eq__(self, o):
        return True
print(E() in [1], [1].count(E()), [1, 2].index(E()))
