# aiter()/anext() reject objects without the async iteration protocol.
class NotAnIterator:
    def __aiter__(self):
        return 5


for f in (lambda: aiter(1), lambda: anext(1), lambda: anext([], 0), lambda: aiter(NotAnIterator())):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)


# An exception inside __anext__ passes through the default wrapper.
class Bad:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise ValueError("bad")


async def main():
    try:
        await anext(Bad(), 0)
    except ValueError as e:
        print("ValueError", e)


try:
    main().send(None)
except StopIteration:
    pass
