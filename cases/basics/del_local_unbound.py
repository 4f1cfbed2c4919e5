# deleting a local then reading it raises NameError (UnboundLocalError)
def f():
    x = 5
    del x
    try:
        return x
    except NameError:
        return "unbound after del"
print(f())
def g():
    try:
        print(y)
    except NameError:
        print("unbound before assignment")
    y = 1
    return y
print(g())
def h():
    for i in range(0):
        pass
    try:
        i
    except NameError:
        print("loop var never bound")
h()
