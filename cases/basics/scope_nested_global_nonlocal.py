# mixing global and nonlocal in nested functions
g = "global g"
def outer():
    g = "outer g"
    def inner_global():
        global g
        g = "set by inner_global"
    def inner_nonlocal():
        nonlocal g
        g = "set by inner_nonlocal"
    inner_global()
    r1 = g
    inner_nonlocal()
    r2 = g
    return r1, r2
print(outer())
print(g)
