# __hash__ = None makes instances unhashable
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print(type(e).__name__)
try:
    {Unhashable(): 1}
except TypeError as e:
    print(type(e).__name__)
class EqOnly:
    def __eq__(self, o):
        return True
try:
    {EqOnly()}
except TypeError as e:
    print("eq without hash:", type(e).__name__)
