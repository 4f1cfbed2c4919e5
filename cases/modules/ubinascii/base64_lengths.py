# b2a_base64 output length is 4 * ceil(n / 3) plus the newline, and
# a2b_base64 gives the data back, for every length up to 20.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for n in range(21):
    data = bytes(range(250, 250 - n, -1))
    enc = binascii.b2a_base64(data)
    print(n, len(enc) == 4 * ((n + 2) // 3) + 1, enc.count(b"="), binascii.a2b_base64(enc) == data)
