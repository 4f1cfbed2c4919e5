# generators in for loops with break and else
def nums():
    n = 0
    while True:
        yield n
        n += 1
for n in nums():
    if n > 3:
        break
    print(n)
def few():
    yield "a"
    yield "b"
for x in few():
    print(x)
else:
    print("for-else after generator exhausted")
print([x * 2 for x in few()])
print(dict(enumerate(few())))
