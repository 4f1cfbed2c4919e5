# errors from list methods
l = [1, 2, 3]
for f in (lambda: l.remove(9), lambda: l.index(9), lambda: [].pop(), lambda: l.pop(10)):
    try:
        f()
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
print(l.index(3, 1), l.index(2, 0, 2))
try:
    l.index(1, 1)
except ValueError:
    print("ValueError with start")
