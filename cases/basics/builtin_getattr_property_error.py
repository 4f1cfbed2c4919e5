class P:
    @property
    def ok(self):
        return 'fine'
    @property
    def bad(self):
        raise ValueError('boom')
    @property
    def missing(self):
        raise AttributeError('inner')
p = P()
print(getattr(p, 'ok'), hasattr(p, 'missing'), getattr(p, 'missing', 'dflt'))
try:
    hasattr(p, 'bad')
except ValueError as e:
    print(type(e).__name__, e)
