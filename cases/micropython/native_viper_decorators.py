# @micropython.native and @micropython.viper are accepted; the functions run
# with the same results.
import micropython


@micropython.native
def add(a, b):
    return a + b


@micropython.viper
def mul(a: int, b: int) -> int:
    return a * b


print(add(2, 3), mul(4, 5))
