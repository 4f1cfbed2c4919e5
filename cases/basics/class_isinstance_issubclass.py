# isinstance and issubclass with user classes and tuples
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C,)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B))
print(issubclass(B, (C, object)), issubclass(bool, int))
print(isinstance(True, int), isinstance(1, bool), isinstance(None, object))
print(isinstance(A, type), isinstance(b, type), isinstance(int, type))
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__)
