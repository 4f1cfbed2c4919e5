# objects get default __eq__ (identity), __ne__, __hash__ and __str__ uses __repr__
class P:
    def __repr__(self):
        return "P!"
a, b = P(), P()
print(a == a, a == b, a != b)
print(str(a), "%s" % a)
print(hash(a) == hash(a))
print(isinstance(a, object), issubclass(P, object))
