# try/finally in a generator runs when it finishes
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for v in g():
    print(v)
print("after loop")
def h():
    with_log = []
    try:
        for i in range(3):
            yield i
    finally:
        print("h done")
print(list(h()))
