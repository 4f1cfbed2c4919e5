# nonlocal across several levels
def outer():
    a = 1
    def middle():
        def inner():
            nonlocal a
            a += 10
        inner()
        return a
    r = middle()
    return a, r
print(outer())
def gen_counter():
    count = 0
    def step(n=1):
        nonlocal count
        count += n
        return count
    return step
s = gen_counter()
print(s(), s(5), s())
def two_levels():
    x = "outer"
    def m():
        x = "middle"
        def i():
            nonlocal x
            x = "changed middle"
        i()
        return x
    return m(), x
print(two_levels())
