# advancing a finished generator keeps raising StopIteration
def g():
    yield 1
it = g()
print(next(it))
for i in range(3):
    try:
        it.send(None)
    except StopIteration as e:
        print("StopIteration", e.value)
it.close()
print(list(it))
