# program: binary search and bisection
def bsearch(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
xs = list(range(0, 1000, 3))
for t in (0, 3, 500, 501, 999, 996):
    print(t, bsearch(xs, t))
def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 17, 10 ** 20)])
