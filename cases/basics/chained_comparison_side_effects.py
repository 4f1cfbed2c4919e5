# middle operands of a chain are evaluated once; short-circuit
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(1) < v(0) < v(3))
print(calls)
calls.clear()
print(v(3) > v(2) == v(2) < v(9))
print(calls)
