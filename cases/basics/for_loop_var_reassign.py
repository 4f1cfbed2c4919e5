# reassigning the loop variable doesn't change iteration
for i in range(4):
    print("before", i)
    i = i * 100
    print("after", i)
print("final", i)
items = [1, 2, 3]
for x in items:
    x += 10
print(items)
