class B(bytes):
    def first(self):
        return self[0]
b = B(b'xyz')
print(b, b.first(), len(b), b.upper(), b + b'!', b[1:], b == b'xyz', isinstance(b, bytes), b.decode(), hash(b) == hash(b'xyz'), list(b))
