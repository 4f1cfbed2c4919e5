# unbounded recursion raises RuntimeError (RecursionError in CPython)
def down(n):
    return down(n + 1)
try:
    down(0)
except RuntimeError:
    print("RuntimeError caught")
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(50))
