# Subscripting a class: __class_getitem__ (an implicit class method) or
# TypeError for classes that have none.
class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class SmallBox(Box):
    pass


print(Box[int])
print(SmallBox["x"])
print(Box[1, 2])


class Plain:
    pass


for cls in (Plain, str, int, complex, type(None)):
    try:
        cls[0]
    except TypeError as e:
        print("TypeError:", e)
