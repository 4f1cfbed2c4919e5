# while loops with else
i = 0
while i < 3:
    print("i", i)
    i += 1
else:
    print("else after normal exit")
j = 0
while j < 10:
    if j == 2:
        print("break at", j)
        break
    j += 1
else:
    print("not printed")
while False:
    pass
else:
    print("else of never-run loop")
