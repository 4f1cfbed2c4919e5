# continue and break in for, nested
for i in range(4):
    if i == 1:
        continue
    for j in range(4):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
print("done")
for ch in "hello":
    if ch == "l":
        continue
    print(ch, end="")
print()
