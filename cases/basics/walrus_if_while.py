# assignment expressions in if and while
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    print("long", n)
print(n)
it = iter([5, 6, 0, 7])
while (v := next(it)) != 0:
    print("got", v)
print("stopped at", v)
print((w := 10) + w)
