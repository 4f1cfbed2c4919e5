# memoisation with a default dict argument
def fib(n, memo={0: 0, 1: 1}):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
print(fib(50))
def tally(x, seen=set()):
    seen.add(x)
    return len(seen)
print(tally(1), tally(2), tally(1))
