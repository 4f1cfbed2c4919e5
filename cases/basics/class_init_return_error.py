# __init__ must return None; calling with wrong args
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print(type(e).__name__)
class Needs:
    def __init__(self, a):
        self.a = a
try:
    Needs()
except TypeError as e:
    print(type(e).__name__)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__)
print(Needs(a=3).a)
