print(format(1234.5, ',.1f'), format('x', '>3'), format(255, 'b'), format(True), format(None), format([1]), format(0.5), format(3j), format(12, ''), format(-3, '+'))
class F:
    def __format__(self, spec):
        return 'F(' + spec + ')'
print(format(F(), 'abc'), f'{F():xyz}', '{:q}'.format(F()))
for f in (lambda: format(object(), 'x'), lambda: format(1, 2), lambda: format('a', 'd')):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
