# **kwargs preserve the order in which they are passed
def f(**kw):
    return list(kw)
print(f(b=1, a=2, c=3))
print(f(**{"z": 1, "y": 2}, x=3))
def g(*a, **kw):
    return [(k, v) for k, v in kw.items()]
print(g(1, second=2, first=1))
