for a in (10**20 + 7, -(10**20 + 7)):
    for b in (3, -3, 10**10 + 1, -(10**10 + 1)):
        q, r = divmod(a, b)
        print(q, r, q * b + r == a, (r == 0) or ((r < 0) == (b < 0)))
