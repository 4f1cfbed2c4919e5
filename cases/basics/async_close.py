# closing a suspended coroutine runs finally blocks
class Yield:
    def __await__(self):
        yield "paused"
async def worker():
    try:
        await Yield()
        print("not reached")
    finally:
        print("cleanup")
c = worker()
print(c.send(None))
c.close()
print("closed")
