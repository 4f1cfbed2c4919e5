# complex ** that overflows is OverflowError("complex exponentiation"); an
# exact zero to a negative power is ZeroDivisionError; nan/inf inputs that
# don't overflow give nan.
def show(a, b):
    try:
        print(a ** b)
    except Exception as e:
        print(type(e).__name__, e)


show(complex(float("inf"), 0), 2)
show(complex(float("inf"), 0), 0.5)
show(1e200 + 1e200j, 2)
show(1e200j, 2.5)
show(2 + 0j, 2000)
show(1.5 + 0j, 10**20)
show(1e-200j, -2)
show(0j, -1)
show(2 + 3j, -3)
# An infinite angle (a complex base to an infinite power) is a domain error.
show(3j, float("inf"))
show(1 + 1j, float("-inf"))
show(2 + 0j, float("inf"))
