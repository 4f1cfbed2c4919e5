class BA(bytearray):
    pass
a = BA(b'abc')
a.append(100)
a.extend(b'ef')
a[0] = 65
del a[1]
a += b'!'
print(a, len(a), a.upper(), type(a.upper()).__name__, a.find(b'c'), a.decode(), a.pop(), a, bytes(a), isinstance(a, bytearray), a == b'Acdef')
