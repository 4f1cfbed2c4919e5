# Generators, comprehensions, sorting, closures.
def gen(n):
    for i in range(n):
        if i % 3:
            yield i * i


print(sum(gen(300000)))
data = [(i * 7919) % 10007 for i in range(100000)]
data.sort()
print(data[0], data[-1], sum(data[::1000]))
print(len(sorted(data, key=lambda x: -x)))
squares = {x: x * x for x in range(50000)}
print(sum(v for k, v in squares.items() if k % 2))
