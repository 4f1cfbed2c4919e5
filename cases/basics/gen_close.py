# close() raises GeneratorExit inside the generator
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally in generator")
it = g()
print(next(it))
it.close()
print("closed")
it.close()
print(list(it))
def unstarted():
    try:
        yield 1
    finally:
        print("not printed: never started")
u = unstarted()
u.close()
print("closed unstarted")
