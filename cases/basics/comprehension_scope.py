# comprehension variables don't leak; can read enclosing names
x = "outer"
l = [x for x in range(3)]
print(x, l)
y = 10
print([y + i for i in range(3)])
d = {k: k for k in "ab"}
try:
    k
except NameError:
    print("k not defined")
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def f():
    n = 3
    return [n * i for i in range(n)]
print(f())
