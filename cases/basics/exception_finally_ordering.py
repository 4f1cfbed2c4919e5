# finally blocks run in order while the exception unwinds
def a():
    try:
        b()
    finally:
        print("a finally")
def b():
    try:
        c()
    finally:
        print("b finally")
def c():
    try:
        raise ValueError("from c")
    finally:
        print("c finally")
try:
    a()
except ValueError as e:
    print("caught", e)
