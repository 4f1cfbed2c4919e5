# values sent into a coroutine through an awaitable
class Recv:
    def __await__(self):
        v = yield "need value"
        return v
async def consumer():
    total = 0
    for _ in range(3):
        total += await Recv()
    return total
c = consumer()
print(c.send(None))
print(c.send(10))
print(c.send(20))
try:
    c.send(30)
except StopIteration as e:
    print("total", e.value)
