# Builtins that take sizes or numbers from __index__, __float__ and friends.
class I:
    def __index__(self):
        return 5
class D:
    def __divmod__(self, o):
        return ('divmod', o)
    def __rdivmod__(self, o):
        return NotImplemented
class R:
    def __rdivmod__(self, o):
        return ('rdivmod', o)
class MyInt(int):
    pass
print(bytes(I()), bytearray(I()), [0] * I(), 'ab' * I())
print(divmod(D(), 3), divmod(4, R()), divmod(MyInt(7), 2), divmod(7.5, MyInt(2)))
for a, b in ((I(), 2), (2, D()), (1j, 1), ('a', 1)):
    try:
        print(divmod(a, b))
    except TypeError as e:
        print(type(e).__name__, e)
print(complex(real=1, imag=2), complex(imag=3), complex(real=2.5), complex(1, imag=-1))
for kw in ({'real': 1, 'x': 2}, {'imag': 'a'}):
    try:
        print(complex(**kw))
    except TypeError as e:
        print(type(e).__name__)
