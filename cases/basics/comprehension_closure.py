# closures created inside comprehensions
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda j: lambda: j)(i) for i in range(3)]
print([g() for g in gs])
def outer():
    base = 100
    return [base + i for i in range(2)], {i: base for i in range(2)}
print(outer())
