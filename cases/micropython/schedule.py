# micropython.schedule() runs callbacks at the next safe point, in order;
# callbacks don't run while one is running, so scheduling from inside a
# callback can fill the queue, which raises RuntimeError.
import micropython

log = []


def cb(arg):
    log.append(arg)


def filler(arg):
    n = 0
    try:
        for i in range(100):
            micropython.schedule(cb, i)
            n += 1
    except RuntimeError as e:
        log.append(("full", str(e), n > 0))


micropython.schedule(cb, "a")
micropython.schedule(cb, "b")
for i in range(10):
    pass
print(log)
log.clear()
micropython.schedule(filler, None)
for i in range(10):
    pass
print(log[0], log[1:] == list(range(len(log) - 1)))
