def gen(tag, n):
    for i in range(n):
        print('gen', tag, i)
        yield i
z = zip(gen('a', 3), gen('b', 2))
print('created')
print(list(z))
m = map(lambda x: x * 10, gen('m', 2))
print('map created')
print(next(m), list(m))
