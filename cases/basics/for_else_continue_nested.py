# continue does not prevent else; break in an inner loop doesn't affect the outer else
for i in range(3):
    if i == 1:
        continue
else:
    print("outer else after continue, i =", i)
for i in range(2):
    for j in range(5):
        if j == 1:
            break
    else:
        print("inner else not reached")
else:
    print("outer else reached")
found = []
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        found.append(n)
print(found)
