print(type(1), type('a'), type([]), type(None), type(type), type(int), type(1.5).__name__, type(True) is bool, type(range(1)).__name__, type(b'').__name__)
class A: pass
print(type(A()) is A, type(A).__name__, type(A()).__name__)
B = type('B', (A,), {'x': 5, 'm': lambda self: self.x * 2})
b = B()
print(B.__name__, b.x, b.m(), isinstance(b, A), B.__bases__ == (A,), type(B).__name__)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__)
