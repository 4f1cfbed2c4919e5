# program: counting N-queens solutions with backtracking
def queens(n):
    count = 0
    cols = set()
    d1 = set()
    d2 = set()
    first = []
    def place(r, acc):
        nonlocal count
        if r == n:
            count += 1
            if not first:
                first.extend(acc)
            return
        for c in range(n):
            if c in cols or r - c in d1 or r + c in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c)
            place(r + 1, acc + [c])
            cols.remove(c); d1.remove(r - c); d2.remove(r + c)
    place(0, [])
    return count, first
for n in range(1, 8):
    print(n, queens(n))
