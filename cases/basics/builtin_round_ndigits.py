print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(7, -1), round(15, -1), round(25, -1), round(-35, -1), round(5, 2), round(1e15 + 0.5), round(12345.6789, -2))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(7, 1)).__name__, round(number=2.567, ndigits=1))
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 3))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
