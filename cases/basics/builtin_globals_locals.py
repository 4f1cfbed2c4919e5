gv = 1
def f(a, b=2):
    c = 3
    return sorted(locals().items())
print(f(1), 'gv' in globals(), globals()['gv'], globals() is globals())
def g():
    x = 1
    def inner():
        return x
    return sorted(locals())
print(g())
class K:
    attr = 5
    names = sorted(k for k in locals() if not k.startswith('__'))
print(K.names)
