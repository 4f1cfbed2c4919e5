# continue and break in while
n = 0
out = []
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    out.append(n)
print(out)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print(i, j)
    i += 1
