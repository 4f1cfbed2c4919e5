# Instances of subclasses of the JSON types serialise as their base type.
import json


class S(str):
    pass


class I(int):
    pass


class F(float):
    pass


class L(list):
    pass


class D(dict):
    pass


print(json.dumps([S("text"), I(42), F(0.5), L([1, L([2])]), D(k=D(v=1))]))
print(json.dumps({S("key"): I(1), I(7): F(1.25)}))
