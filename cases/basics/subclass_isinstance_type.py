class I(int): pass
class J(I): pass
j = J(3)
print(type(j).__name__, isinstance(j, I), isinstance(j, int), issubclass(J, int), type(j) is J, J.__mro__[-2].__name__, j.__class__.__name__, type(j + 1).__name__, J.__bases__[0].__name__, [c.__name__ for c in J.__mro__])
