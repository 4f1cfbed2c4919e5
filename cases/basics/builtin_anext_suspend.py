# anext(it, default) passes the async generator's own awaits through to
# the caller, and throw() reaches the generator.
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return got


async def agen():
    v = await Suspend()
    yield "got " + str(v)
    try:
        await Suspend()
    except KeyError as e:
        yield "caught " + repr(e)


g = agen()
aw = anext(g, "end")
print(aw.send(None))
try:
    aw.send(42)
except StopIteration as e:
    print(e.value)
aw = anext(g, "end")
print(aw.send(None))
try:
    aw.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
aw = anext(g, "end")
try:
    aw.send(None)
except StopIteration as e:
    print(e.value)
print(type(aw).__name__)
