# global declarations
counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    global fresh
    fresh = "created"
make()
print(fresh)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
def read_only():
    return counter + 1
print(read_only())
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
