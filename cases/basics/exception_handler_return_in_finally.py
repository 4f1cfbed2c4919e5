# finally overriding return from except
def f():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("finally after except return")
print(f())
def g():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        return "finally"
print(g())
def h():
    for i in range(3):
        try:
            raise KeyError
        except KeyError:
            continue
        finally:
            print("f", i)
    return "loop done"
print(h())
