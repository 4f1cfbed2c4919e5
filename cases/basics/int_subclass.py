class MyInt(int):
    def double(self):
        return self * 2
a = MyInt(21)
print(a, a.double(), a + 1, type(a + 1).__name__, isinstance(a, int))
print(a.bit_length(), hex(a), a == 21, hash(a) == hash(21), str(a), repr(a))
print(sorted([MyInt(3), 1, MyInt(2)]), -a, abs(MyInt(-4)), int(a), type(int(a)).__name__)
