# changing dict size during iteration raises RuntimeError
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__)
d = {1: "a", 2: "b"}
for k in d:
    d[k] = d[k] * 2
print(d)
