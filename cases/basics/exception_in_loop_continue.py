# handle exceptions inside loops and continue
results = []
for s in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
total = 0
i = 0
while i < 5:
    i += 1
    try:
        total += 10 // (i - 3)
    except ZeroDivisionError:
        print("skip", i)
print(total)
