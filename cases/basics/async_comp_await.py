# `await` inside list, set and dict comprehensions of a coroutine: the
# comprehension is asynchronous and awaited where it stands.
async def double(n):
    return n * 2


async def main():
    a = [await double(i) for i in range(4)]
    b = {await double(i) for i in (1, 1, 2)}
    c = {i: await double(i) for i in range(3) if await double(i) != 2}
    d = [[await double(j) for j in range(i)] for i in range(3)]
    return a, sorted(b), c, d


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value


print(run(main()))
