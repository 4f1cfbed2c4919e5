# Augmented assignment with unsupported operands names the augmented operator.
class A: pass
for a, b in ((1, 'a'), ([1], 1), (A(), 1), (1, A()), ('a', 1), (1.5, []), ((), [])):
    for op in ('+=', '|=', '-=', '*=', '@=', '**=', '>>=', '//=', '%=', '&=', '^=', '/=', '<<='):
        x = a
        try:
            exec('x ' + op + ' b', {'x': x, 'b': b})
        except TypeError as e:
            print(op, e)
