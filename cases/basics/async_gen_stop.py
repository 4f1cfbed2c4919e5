# An exhausted async generator raises StopAsyncIteration from __anext__.
async def one():
    yield "only"


g = one()
for i in range(3):
    try:
        g.__anext__().send(None)
    except StopIteration as e:
        print("value", e.value)
    except StopAsyncIteration:
        print("StopAsyncIteration")
print(type(g).__name__, hasattr(g, "__aiter__"), g.__aiter__() is g)
