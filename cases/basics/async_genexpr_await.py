# A generator expression with `await` inside is an asynchronous generator.
async def square(n):
    return n * n


async def collect(agen):
    out = []
    async for x in agen:
        out.append(x)
    return out


async def main():
    g = (await square(i) for i in range(4))
    print(type(g).__name__)
    return await collect(g)


try:
    main().send(None)
except StopIteration as e:
    print(e.value)
