# __ne__ defaults to the inverse of __eq__
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
print(P(1) != P(1), P(1) != P(2), P(1) == P(1))
print(P(1) in [P(0), P(1)], [P(2)].index(P(2)))
print([P(1), P(2), P(1)].count(P(1)))
