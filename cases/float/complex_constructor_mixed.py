print(complex(1j, 1j), complex(1, 1j), complex(1.5, 2), complex('1e3j'), complex('-1.5e-2+3j'))
class C:
    def __complex__(self):
        return 2 + 3j
print(complex(C()))
try:
    complex('1', 2)
except TypeError as e:
    print(type(e).__name__)
