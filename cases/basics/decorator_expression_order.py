# decorator expressions evaluated before function definition, applied bottom-up
log = []
def d(name):
    log.append("eval " + name)
    def apply(f):
        log.append("apply " + name)
        def wrapped():
            return name + "(" + f() + ")"
        return wrapped
    return apply
@d("outer")
@d("inner")
def func():
    return "original"
print(log)
print(func())
