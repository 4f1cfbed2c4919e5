# repr of nested containers
data = [1, "two", (3, [4, {"five": 5}]), {"six": (6,)}, None, True, 2.5]
print(data)
print(repr(data))
print(((1,),), ((),), [[], {}])
print({"a": [1, {"b": ("c",)}]})
print([b"x", bytearray(b"y")])
print({1: {2: {3: {}}}})
print([set(), frozenset()])
print([{1}, frozenset({2})])
print(("a", "it's", 'q"q'))
