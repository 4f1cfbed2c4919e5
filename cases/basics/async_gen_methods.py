# __anext__/asend/athrow/aclose on an async generator.
async def agen():
    try:
        x = yield 1
        print("got", x)
        yield 2
    except ValueError as e:
        print("caught", e)
        yield 3
    finally:
        print("cleanup")


def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


g = agen()
print(run(g.__anext__()))
print(run(g.asend("hello")))
print(run(g.athrow(ValueError("boom"))))
print(run(g.aclose()))
print(run(g.__anext__()))
