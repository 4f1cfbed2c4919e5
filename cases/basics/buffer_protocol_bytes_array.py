try:
    import array
except ImportError:
    print('SKIP')
    raise SystemExit
a = array.array('B', [104, 105])
print(bytes(a), bytearray(a), b'x' + bytes(a), a.tobytes(), bytes(memoryview(a)), b''.join([bytes(a), b'!']))
ba = bytearray(b'ab')
ba += bytes(a)
print(ba, ba.decode())
h = array.array('H', [1, 2])
print(bytes(h), len(bytes(h)), int.from_bytes(bytes(h)[:2], 'little'))
