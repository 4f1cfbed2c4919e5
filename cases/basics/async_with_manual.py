# async with using __aenter__ / __aexit__
log = []
class Res:
    async def __aenter__(self):
        log.append("enter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        log.append("exit " + (et.__name__ if et else "None"))
        return et is KeyError
async def main():
    async with Res() as r:
        log.append("using " + r)
    async with Res():
        raise KeyError("suppressed")
    log.append("after suppressed")
    try:
        async with Res():
            raise ValueError("x")
    except ValueError:
        log.append("ValueError propagated")
    return len(log)
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
for line in log:
    print(line)
