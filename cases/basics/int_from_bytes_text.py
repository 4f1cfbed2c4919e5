# int() of bytes-like text: ASCII digits only, and with a base only bytes/bytearray.
for args in ((b'12',), (b' 12 ',), (b'x',), (b'ff', 16), (bytearray(b'0x1f'), 0), (b'1_0',), ('١٢'.encode(),), (b'\xff',), (b'', 10)):
    try: print(int(*args))
    except ValueError as e: print('ValueError', e)

for a in (memoryview(b'77'), bytearray(b'5')):
    print(int(a))
try: int(memoryview(b'7'), 8)
except TypeError as e: print('TypeError')
