print(str(), str(123), str(1.5), str([1, 'a']), str(None), str(b'ab'), str('x'), str(str), str(object=5))
class S:
    def __str__(self):
        return 'S!'
class R:
    def __repr__(self):
        return 'R!'
print(str(S()), str(R()), repr(R()), '%s' % S())
class Bad:
    def __str__(self):
        return 5
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
