class A:
    def __eq__(self, other):
        return 'eq-result'
class B:
    def __eq__(self, other):
        return NotImplemented
print(A() == 1, A() != 1, 1 == A(), 1 != A(), A() != A())
print(B() == B(), B() != B(), 1 == B(), 1 != B())
class C:
    def __ne__(self, other):
        return 'ne!'
print(C() != 1, 1 != C(), C() == C())
