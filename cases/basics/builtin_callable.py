class A:
    def m(self):
        pass
class C:
    def __call__(self):
        return 'called'
print(callable(len), callable(A), callable(A()), callable(A().m), callable(C()), callable(lambda: 0), callable(1), callable('s'), callable(None), callable(int), callable(print), callable(C()()), C()())
