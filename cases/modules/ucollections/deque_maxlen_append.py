# A full bounded deque drops the leftmost item on append.
try:
    from ucollections import deque
except ImportError:
    from collections import deque

d = deque((), 2)
for i in range(5):
    d.append(i)
    print(list(d), len(d))
