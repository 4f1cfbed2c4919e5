# awaiting coroutines that await other coroutines, with suspension
class Yield:
    def __await__(self):
        yield
async def leaf(n):
    await Yield()
    return n * 2
async def mid(n):
    a = await leaf(n)
    b = await leaf(a)
    return a + b
async def top():
    out = []
    for i in range(3):
        out.append(await mid(i))
    return out
c = top()
steps = 0
while True:
    try:
        c.send(None)
        steps += 1
    except StopIteration as e:
        print(e.value, steps)
        break
