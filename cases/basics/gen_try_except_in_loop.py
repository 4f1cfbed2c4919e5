# yield inside try/except inside a loop
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a // b
        except ZeroDivisionError:
            yield "div0"
        finally:
            print("checked", a, b)
print(list(safe_div([(6, 3), (1, 0), (9, 2)])))
def resilient():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print("ignored ValueError at", i)
r = resilient()
print(next(r))
print(r.throw(ValueError))
print(next(r))
