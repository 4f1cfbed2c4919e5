print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 3**20), divmod(True, 1), divmod(0, 5))
for args in ((1, 0), (1.0, 0), (1j, 1), ('a', 1)):
    try:
        divmod(*args)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return ('dm', o)
    def __rdivmod__(self, o):
        return ('rdm', o)
print(divmod(D(), 1), divmod(1, D()))
