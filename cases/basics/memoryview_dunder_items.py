# memoryview's item methods called directly.
b = bytearray(b'xyz')
m = memoryview(b)
m.__setitem__(0, 65)
print(b, m.__getitem__(1), m.__len__())
m.__setitem__(slice(1, 3), b'BC')
print(b)
for f in (lambda: m.__delitem__(0), lambda: memoryview(b'ro').__setitem__(0, 1),
          lambda: m.__setitem__(0, 256), lambda: m.__setitem__(5, 1)):
    try:
        f()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__)
try:
    del m[0]
except TypeError as e:
    print(type(e).__name__)
