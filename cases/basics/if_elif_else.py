# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 99):
    print(n, classify(n))
if []:
    print("no")
elif {}:
    print("no")
else:
    print("else branch")
if 1: print("one-line if")
x = 0
if x: pass
else: print("one-line else")
