for n in (0, 1, -1, 255, -255, 2**64, -(2**70)):
    print(bin(n), oct(n), hex(n))
print(bin(True), hex(False))
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
