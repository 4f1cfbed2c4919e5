# wrong argument counts and names raise TypeError
def f(a, b):
    return a + b
tests = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(b=1),
    lambda: (lambda: 0)(1),
    lambda: (lambda **k: 0)(1),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print(type(e).__name__)
print(f(b=1, a=2))
