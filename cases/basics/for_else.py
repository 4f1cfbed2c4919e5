# for loops with else
for x in range(3):
    print(x)
else:
    print("completed")
for x in range(10):
    if x == 4:
        print("found", x)
        break
else:
    print("not found")
for x in []:
    print("never")
else:
    print("empty loop else")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            break
    else:
        return -1
    return i
print(find("abc", "c"), find("abc", "z"))
