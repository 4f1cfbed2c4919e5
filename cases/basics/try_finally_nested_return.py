# nested try/finally all run on return
def f():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f())
def g():
    for i in range(3):
        try:
            try:
                if i == 1:
                    return i
            finally:
                print("a", i)
        finally:
            print("b", i)
print(g())
