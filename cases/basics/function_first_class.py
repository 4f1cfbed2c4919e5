# functions as values
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {'+': add, '-': sub}
print(ops['+'](2, 3), ops['-'](2, 3))
fs = [add, sub, max]
print([f(10, 4) for f in fs])
alias = add
print(alias is add, alias(1, 1))
print(callable(add), callable(5), callable(print), callable(int))
def returns_fn():
    return len
print(returns_fn()("four"))
