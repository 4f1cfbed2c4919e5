class R:
    def __repr__(self):
        return 'R<\u00e9>'
print(repr(1), repr('a'), repr([1, 'b']), repr(R()), ascii(R()), ascii('\u00e9\n'), ascii(b'\xff'), repr(None), repr(...), repr(NotImplemented), repr(int), repr(len), ascii([1, '\u20ac']))
class Bad:
    def __repr__(self):
        return 1
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
