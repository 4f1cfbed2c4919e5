# pop and popleft on an empty deque raise IndexError.
try:
    from ucollections import deque
except ImportError:
    from collections import deque

d = deque((), 3)
for name in ("popleft", "pop"):
    try:
        getattr(d, name)()
    except IndexError:
        print(name, "IndexError")
d.append(1)
print(d.popleft())
try:
    d.popleft()
except IndexError:
    print("IndexError after emptying")
