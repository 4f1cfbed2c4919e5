print(any([]), all([]), any([0, '', None]), any([0, 1]), all([1, 'a', [0]]), all([1, 0]), any(x > 2 for x in range(5)), all(x < 5 for x in range(5)), any('ab'), all(''))
def gen():
    yield 1
    print('consumed 1')
    yield 0
    print('never')
print(all(gen()))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
