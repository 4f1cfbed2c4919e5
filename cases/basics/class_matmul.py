# the @ operator calls __matmul__ / __rmatmul__
class M:
    def __init__(self, v):
        self.v = v
    def __matmul__(self, o):
        return "M(%s)@M(%s)" % (self.v, o.v)
    def __rmatmul__(self, o):
        return "rmatmul with %r" % (o,)
print(M(1) @ M(2))
print(5 @ M(3))
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__)
