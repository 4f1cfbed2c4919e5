print(hash(1) == 1, hash(-1), hash(0), hash(True), hash(1.0) == hash(1), hash(None) == hash(None), hash((1, 2)) == hash((1, 2)), hash('a') == hash('a'), hash(frozenset()) == hash(frozenset()))
class H:
    def __hash__(self):
        return 42
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o):
        return True
print(hash(H()), hash(2**100) == hash(2**100 % (2**61 - 1)))
for v in ([], {}, set(), bytearray(), NoHash(), EqOnly()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
