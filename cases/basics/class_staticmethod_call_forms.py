# staticmethod/classmethod callable via class and instance; plain function attr binding
class K:
    @staticmethod
    def s(*a):
        return a
    @classmethod
    def c(cls, *a):
        return cls.__name__, a
    def m(self, *a):
        return a
k = K()
print(K.s(1), k.s(1))
print(K.c(2), k.c(2))
print(k.m(3), K.m(k, 3))
try:
    K.m()
except TypeError as e:
    print(type(e).__name__)
