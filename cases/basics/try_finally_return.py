# return inside try/finally
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
print(h())
def k():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(k())
