print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True), int.from_bytes(b'\xff\xff', 'big'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x80', 'little', signed=True))
print(int.from_bytes(bytearray(b'\x00\x10'), 'big'))
print(int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(b'\x01' * 12, 'little'))
try:
    int.from_bytes(b'\x01', 'middle')
except ValueError as e:
    print(type(e).__name__, e)
