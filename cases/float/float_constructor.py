print(float(), float(3), float(-2**60), float(True), float('  -7.5e1 '))
print(float(b'2.5'), float(bytearray(b'1e2')))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
for v in (None, [], '1+2j'):
    try:
        float(v)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
