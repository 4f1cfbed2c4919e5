# An async generator that awaits: the awaited object's yields pass through
# to the driver, the generator's own yields are the values of async for.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got


async def agen():
    for i in range(2):
        r = await Tick()
        yield (i, r)


async def main():
    out = []
    async for v in agen():
        out.append(v)
    return out


c = main()
print(c.send(None))
print(c.send("a"))
try:
    c.send("b")
except StopIteration as e:
    print(e.value)
