print(list(b'ab'), [x for x in bytearray(b'\x00\xff')], hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], len(b'abc'), len(bytearray(3)))
try:
    hash(bytearray(b'a'))
except TypeError as e:
    print(type(e).__name__, e)
