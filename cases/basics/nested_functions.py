# nested function definitions
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def apply_twice(f, v):
    return f(f(v))
def plus3(v):
    return v + 3
print(apply_twice(plus3, 1))
def fact_wrapper(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)
print(fact_wrapper(10))
