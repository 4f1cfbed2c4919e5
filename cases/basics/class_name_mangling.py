# private names with two leading underscores are mangled
class A:
    def __init__(self):
        self.__secret = "A secret"
        self._single = "single"
    def reveal(self):
        return self.__secret
class B(A):
    def __init__(self):
        super().__init__()
        self.__secret = "B secret"
    def reveal_b(self):
        return self.__secret
b = B()
print(b.reveal(), b.reveal_b(), b._single)
print(b._A__secret, b._B__secret)
print(hasattr(b, "__secret"))
