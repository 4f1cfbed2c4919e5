# continue or break in finally discards the pending exception
for i in range(3):
    try:
        raise ValueError(i)
    finally:
        continue
print("loop finished, i =", i)
while True:
    try:
        raise KeyError
    finally:
        break
print("broke out")
