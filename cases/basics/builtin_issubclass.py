class A: pass
class B(A): pass
class C(B): pass
print(issubclass(C, A), issubclass(A, C), issubclass(B, B), issubclass(bool, int), issubclass(int, object), issubclass(C, (int, A)), issubclass(C, ()), issubclass(ValueError, Exception), issubclass(KeyError, LookupError), issubclass(type, object))
for args in ((1, int), (int, 1), ([], list)):
    try:
        issubclass(*args)
    except TypeError as e:
        print(type(e).__name__, e)
