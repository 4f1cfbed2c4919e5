# the Ellipsis object
e = ...
print(e)
print(e is Ellipsis)
print(type(e).__name__)
def stub():
    ...
print(stub())
class C:
    def __getitem__(self, k):
        return k
print(C()[...])
print(C()[1, ...])
print(bool(...))
