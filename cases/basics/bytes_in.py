b = b'hello'
print(104 in b, 0 in b, b'ell' in b, b'' in b, bytearray(b'lo') in b, b'x' in bytearray(b'xyz'), 120 in bytearray(b'x'))
for x in (256, 'h', 1.5):
    try:
        x in b
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
