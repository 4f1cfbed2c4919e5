class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value
d = AttrDict(a=1)
d.b = 2
print(d, d.a, d.b, len(d), sorted(d.keys()), isinstance(d, dict), d == {'a': 1, 'b': 2}, dict(d), type(dict(d)).__name__)
try:
    d.zz
except AttributeError as e:
    print(type(e).__name__, e)
