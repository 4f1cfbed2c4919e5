def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield 99
    finally:
        print("gen finally")
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
it.close()
def g2():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
x = g2(); next(x); x.close()
def deleg():
    r = yield from sub()
    print("sub returned", r)
def sub():
    yield 'a'
    yield 'b'
    return 'done'
print(list(deleg()))
# async
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return v * 2
async def coro():
    r = await Awaitable()
    return r + 1
c = coro()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print("result", e.value)
class AIter:
    def __init__(self): self.i = 0
    def __aiter__(self): return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3: raise StopAsyncIteration
        return self.i
class ACM:
    async def __aenter__(self): print("aenter"); return self
    async def __aexit__(self, *a): print("aexit", a[0]); return False
async def main():
    async with ACM() as m:
        async for v in AIter():
            print("av", v)
    return "ok"
co = main()
try:
    co.send(None)
except StopIteration as e:
    print(e.value)
# lambda/closures in loops
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
# chained compare & walrus
n = 5
print(1 < n < 10, 1 < n > 10, [y for x in range(5) if (y := x * 2) > 4])
if (m := n * 2) > 5: print("m", m)
# nested functions and recursion
def outer():
    def inner(k):
        return 1 if k == 0 else k * inner(k - 1)
    return inner(10)
print(outer())
# del and unbound
def h():
    v = 1
    del v
    try:
        print(v)
    except NameError as e:
        print(type(e).__name__)
h()
try:
    undefined_name
except NameError as e:
    print(e)
# string ops
print("abc" * 3, "x" in "xyz", "%s" % [1, 2], str(b"ab"), repr("it's"), repr('say "hi"'))
print(list(reversed([1, 2, 3])), list(reversed(range(4))), "".join(reversed("abc")))
print(dict(a=1, b=2), dict([(1, 2)]), list({1: 2, 3: 4}.keys()), tuple("ab"))
print(isinstance(1, (str, int)), isinstance(True, int), type(1.0) is float, callable(len))
print(hash(1) == hash(1.0), {1: 'a', 1.0: 'b'}, 10 ** -2, 7 / 2, 2 ** 0.5)
