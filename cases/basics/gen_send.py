# send() passes values into a generator
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
g = echo()
print(g.send(None))
print(g.send("a"))
print(g.send("b"))
print(g.send(None))
def avg():
    total = 0
    n = 0
    mean = None
    while True:
        x = yield mean
        total += x
        n += 1
        mean = total / n
a = avg()
next(a)
for v in (10, 20, 60):
    print(a.send(v))
