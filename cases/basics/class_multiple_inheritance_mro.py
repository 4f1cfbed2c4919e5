# multiple inheritance and the MRO
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def only_c(self):
        return "only C"
class D(B, C):
    pass
print([c.__name__ for c in D.__mro__])
d = D()
print(d.who(), d.only_c())
class E(C, B):
    pass
print([c.__name__ for c in E.__mro__], E().who())
