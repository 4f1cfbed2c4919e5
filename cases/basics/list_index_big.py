L = [1, 2, 3]
for i in (2**63, -(2**63) - 1, 2**100):
    try:
        L[i]
    except IndexError as e:
        print(type(e).__name__, e)
print(L[True], L[False], L[-True])
