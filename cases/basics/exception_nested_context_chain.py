# chains of implicit context through several handlers
def f():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise ValueError("v")
        except ValueError:
            raise TypeError("t")
try:
    f()
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(chain)
