# anext() inside a coroutine, with and without a default, and aiter() on
# a class-based async iterator.
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    c = aiter(Counter(2))
    print(await anext(c))
    print(await anext(c, "x"))
    print(await anext(c, "default"))
    print(await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    async for v in aiter(Counter(3)):
        print("for", v)


try:
    main().send(None)
except StopIteration:
    print("finished")
