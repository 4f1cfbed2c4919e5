# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print([is_even(i) for i in range(6)])
def flatten(x):
    if isinstance(x, list):
        out = []
        for e in x:
            out.extend(flatten(e))
        return out
    return [x]
print(flatten([1, [2, [3, [4, []]], 5]]))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(200))
