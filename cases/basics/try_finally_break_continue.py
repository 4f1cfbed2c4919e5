# break and continue inside try/finally in loops
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(5):
    try:
        if i == 2:
            break
    finally:
        print("cleanup", i)
print("after loop", i)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
