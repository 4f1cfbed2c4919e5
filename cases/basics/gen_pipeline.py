# chained generators form a lazy pipeline
log = []
def source():
    for i in range(5):
        log.append("src%d" % i)
        yield i
def double(it):
    for v in it:
        log.append("dbl%d" % v)
        yield v * 2
def keep_big(it):
    for v in it:
        if v > 3:
            yield v
p = keep_big(double(source()))
print(next(p))
print(log)
print(list(p))
print(len(log))
