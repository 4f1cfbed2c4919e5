# async for over an async generator, driven by hand.
async def countdown(n):
    while n > 0:
        yield n
        n -= 1


async def main():
    return [v async for v in countdown(3)]


c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
