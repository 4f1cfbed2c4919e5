# custom awaitable with __await__ suspending the coroutine
class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            yield ("tick", i)
        return "slept " + str(self.n)
async def task():
    r1 = await Sleep(2)
    print(r1)
    r2 = await Sleep(1)
    print(r2)
    return "done"
c = task()
while True:
    try:
        v = c.send(None)
        print("yielded", v)
    except StopIteration as e:
        print("finished", e.value)
        break
