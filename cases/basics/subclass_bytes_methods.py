class B(bytes):
    pass
b = B(b'Hello World')
print(b.lower(), b.split(), b.replace(b'l', b'L'), b.find(b'o'), b[0], b[-5:], type(b[-5:]).__name__, b.startswith(b'He'), b.decode(), b.hex(), len(b), b + b'!', type(b + b'!').__name__, b == b'Hello World', hash(b) == hash(b'Hello World'), b * 2, list(b[:2]), repr(b), B(3), B([65, 66]))
