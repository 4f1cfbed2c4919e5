b, ba, mv = b'abc', bytearray(b'abc'), memoryview(b'abc')
print(b == ba, ba == mv, mv == b, b + ba, ba + b, b + mv, bytes(mv) + b, b in [ba], ba.find(mv), b.startswith(mv[:1]), b.replace(ba[:1], mv[1:2]))
print(bytes(ba) is not ba, bytearray(mv), bytearray(b) == ba, b.join([ba, mv]), ba.join([b, mv]), hash(b) == hash(bytes(ba)))
