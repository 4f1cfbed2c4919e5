# A function declared global in its enclosing scope gets its plain name;
# comprehensions and generators show their path.
def make():
    global made

    def made():
        pass

    return made


print(make().__qualname__)


def gen_holder():
    def gen():
        yield 1

    return gen()


g = gen_holder()
print(g.__qualname__, g.__name__)


def comp():
    return [lambda: 0 for _ in range(1)][0]


print(comp().__qualname__)


class K:
    def method(self):
        return (lambda: 0)


print(K().method().__qualname__)
