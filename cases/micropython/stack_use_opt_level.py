# stack_use() returns an int; opt_level(1) compiles assert statements out.
import micropython


def depth(n):
    if n == 0:
        return micropython.stack_use()
    return depth(n - 1)


print(type(micropython.stack_use()).__name__, micropython.stack_use() >= 0)
print(type(depth(10)).__name__)
print(micropython.opt_level())
micropython.opt_level(1)
exec("assert False, 'not compiled out'")
print("assert removed", micropython.opt_level())
micropython.opt_level(0)
try:
    exec("assert False, 'checked'")
except AssertionError as e:
    print("AssertionError", e)
micropython.alloc_emergency_exception_buf(100)
micropython.kbd_intr(-1)
micropython.kbd_intr(3)
print("ok")
