try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__)
print(isinstance(True, bool), bool.__name__, type(True).__mro__[1].__name__)
