print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance('a', (list, (tuple, str))), isinstance(None, type(None)), isinstance([], ()), isinstance(int, type), isinstance(3, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (int, A)), isinstance(B, type), isinstance(A, A))
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 1))
except TypeError as e:
    print(type(e).__name__)
