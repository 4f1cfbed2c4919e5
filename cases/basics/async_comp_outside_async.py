# An asynchronous comprehension outside an async function is a SyntaxError.
for src in (
    "[await x for x in y]",
    "def f():\n    return [x async for x in y]\n",
    "def f():\n    return {k: await v for k, v in y}\n",
):
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError")
# Inside an async function it compiles (and async generator expressions
# compile anywhere).
compile("async def f():\n    return [await x for x in y]\n", "<case>", "exec")
compile("g = (x async for x in y)\n", "<case>", "exec")
print("ok")
