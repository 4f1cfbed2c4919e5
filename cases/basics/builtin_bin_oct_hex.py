print(bin(0), bin(5), bin(-5), oct(0), oct(8), oct(-8), hex(0), hex(255), hex(-255), bin(2**70), hex(2**64 - 1), oct(True))
for v in (1.5, '1', None):
    try:
        bin(v)
    except TypeError as e:
        print(type(e).__name__, e)
