# aiter() and anext() on an async generator, driven by hand.
async def agen():
    yield 1
    yield 2


def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


g = agen()
it = aiter(g)
print(it is g)
print(run(anext(it)))
print(run(anext(it)))
print(run(anext(it)))
print(run(anext(it, "done")))
print(run(anext(it, None)))
