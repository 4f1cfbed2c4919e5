# The first send() to an async generator's awaitable: None starts it; any
# other value is refused while the generator is just started, and
# coroutines and generators say so in their own words.
async def ag():
    x = yield 1
    print("got", x)
    yield 2


for f in (
    lambda: ag().__anext__().send(5),
    lambda: anext(ag(), 1).send(5),
    lambda: ag().asend(None).send(7),
):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)

g = ag()
try:
    g.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    g.__anext__().send("hello")
except StopIteration as e:
    print("yielded", e.value)


async def coro():
    pass


c = coro()
try:
    c.send(1)
except TypeError as e:
    print("TypeError", e)
c.close()


def gen():
    yield


try:
    gen().send(1)
except TypeError as e:
    print("TypeError", e)
