# comparing types directly
print(type(1) is int, type(1) == int, type(True) is int, type(True) is bool)
print(type("") is str, type([]) is list, type({}) is dict)
print(type(1.0) in (int, float), type(None).__name__)
def kind(v):
    return {int: "int", str: "str", list: "list"}.get(type(v), "other")
print([kind(v) for v in (1, "a", [], (), True)])
class A:
    pass
print(type(A()) is A, type(A) is type)
