# shadowing builtin names locally and globally
def f():
    len = lambda x: "shadowed"
    return len([1, 2])
print(f(), len([1, 2]))
list = "my list"
print(list)
del list
print(list("ab"))
def g(max=3):
    return max
print(g(), max(1, 5))
import builtins
print(builtins.len("abc"))
