# async for with __aiter__ / __anext__
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        yield "suspend"
        return self.v
class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await Ready(self.i * 10)
async def main():
    out = []
    async for v in ARange(3):
        out.append(v)
    return out
c = main()
suspends = 0
while True:
    try:
        c.send(None)
        suspends += 1
    except StopIteration as e:
        print(e.value, suspends)
        break
