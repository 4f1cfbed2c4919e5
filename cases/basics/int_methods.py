# int methods: bit_length, to_bytes, from_bytes
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (-256).bit_length())
print((2 ** 100).bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff\xff\xff\xff\xff\xff\xff\xff", "big"))
print((65).to_bytes(1, "big"))
