# type(name, bases, dict) takes __qualname__ from the dict; it must be a str.
T = type("T", (), {"__qualname__": "Some.Path"})
print(T.__name__, T.__qualname__)
print("__qualname__" in T.__dict__)
U = type("U", (), {})
print(U.__qualname__)
try:
    type("V", (), {"__qualname__": 5})
except TypeError as e:
    print("TypeError", e)
