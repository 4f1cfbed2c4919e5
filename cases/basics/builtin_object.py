o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o), str(o) == repr(o), type(object.__new__(object)).__name__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__)
class A:
    pass
print(A.__mro__[-1] is object, object.__name__, issubclass(A, object), '__init__' in dir(object))
