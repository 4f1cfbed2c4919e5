d = {}
for i in range(5000):
    d[i] = i * i
for i in range(0, 5000, 2):
    del d[i]
print(len(d), d[4999], sum(d.values()) % 1000007, list(d)[:3])
d2 = {str(i): i for i in range(1000)}
print(len(d2), d2['999'], '1000' in d2)
