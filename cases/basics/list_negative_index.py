# negative indexes and index errors
l = [10, 20, 30]
print(l[-1], l[-3], l[-2:], l[:-2])
l[-1] = 33
print(l)
del l[-2]
print(l)
for i in (3, -3):
    try:
        l[i]
    except IndexError as e:
        print("IndexError", i)
print(l.pop(-1), l)
