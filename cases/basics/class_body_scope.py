# class body is a scope; methods don't see class-level names directly
x = "global"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
print(C.y, C().method())
class D:
    items = []
    for i in range(3):
        items.append(i * i)
print(D.items, D.i)
def factory(v):
    class Local:
        value = v
        def get(self):
            return v
    return Local
print(factory(3)().get(), factory(4).value)
