class A:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(A()), sorted(k for k in vars(A) if not k.startswith('__')))
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__)
