# exceptions inside coroutines and throw()
class Wait:
    def __await__(self):
        yield "waiting"
async def guarded():
    try:
        await Wait()
    except ValueError as e:
        return "caught " + str(e)
c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)
async def failing():
    raise KeyError("bad")
c2 = failing()
try:
    c2.send(None)
except KeyError as e:
    print("propagated", e)
