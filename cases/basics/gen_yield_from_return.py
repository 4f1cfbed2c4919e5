# the value of a yield from expression is the sub-generator's return value
def sub(n):
    total = 0
    for i in range(n):
        total += yield i
    return total
def main():
    r1 = yield from sub(2)
    print("sub returned", r1)
    r2 = yield from sub(1)
    print("sub returned", r2)
    return r1 + r2
g = main()
print(next(g))
print(g.send(10))
print(g.send(20))
try:
    g.send(5)
except StopIteration as e:
    print("main returned", e.value)
