"""Generates float_ops.txt: round/divmod/hex/fromhex vectors from CPython 3.11.

Lines: op TAB args TAB expected, floats as hex bits. ops: R (round(x, n)),
RI (round(x) as int), D (divmod), FD (//), M (%), H (float.hex), FH
(float.fromhex; arg unicode_escape'd), I (int(x)).
"""
import random, struct

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def esc(s):
    return s.encode('unicode_escape').decode('ascii').replace('\t', '\\t')

out = []

def emit(op, args, f):
    try:
        r = 'OK:' + f()
    except Exception as e:
        r = 'ERR:%s: %s' % (type(e).__name__, e)
    out.append('\t'.join([op, args, r]))

rng = random.Random(99)
specials = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1e300, -1e300,
            1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 123456.789, -987.654321,
            float('inf'), float('-inf'), float('nan'), 1e16, 1e22, 0.1, 1/3, 149.5, 150.0, 250.0,
            -150.0, 9.5, 10.5, 4.5e15 + 0.5, 2.0**52 + 0.5, 2.0**53, 1234.5, 0.05, 0.15, 0.25, 0.35]
xs = specials + [rng.uniform(-1e6, 1e6) for _ in range(60)] + \
    [struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0] for _ in range(60)]
ns = [0, 1, 2, 3, -1, -2, -3, 5, 10, 15, 17, 20, 100, 300, 308, 309, 322, 323, 324, 400,
      -300, -307, -308, -309, -400, 2**62, -2**62]
for x in xs:
    for n in rng.sample(ns, 10) + [0, 2, -2, 308, -308]:
        emit('R', '%s,%d' % (bits(x), n), lambda: bits(round(x, n)))
    emit('RI', bits(x), lambda: str(round(x)))
    emit('I', bits(x), lambda: str(int(x)))
    emit('H', bits(x), lambda: x.hex())
ys = [0.0, -0.0, 1.0, -1.0, 3.0, -3.0, 0.1, -0.1, 1e-300, 1e300, float('inf'), float('-inf'),
      float('nan'), 7.5, -2.5, 5e-324]
for x in specials[:25] + [rng.uniform(-100, 100) for _ in range(15)] + [-7.5, 7.5, 3.0, -3.0, 1e-320]:
    for y in ys:
        a = '%s,%s' % (bits(x), bits(y))
        emit('D', a, lambda: '%s,%s' % tuple(map(bits, divmod(x, y))))
        emit('FD', a, lambda: bits(x // y))
        emit('M', a, lambda: bits(x % y))
hexes = ['0x1p0', '0x1.8p1', ' -0X1.8P+1 ', '1_0', '0x', '0x.p1', '.8', '0x1p', '0x1p+', 'infinity',
         '-nan', 'INF', '-Inf', 'nan1', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p-1074',
         '0x1.8p-1074', '0x1.7p-1074', '0x3p-1076', '0x1p99999999999999999999999',
         '0x0p99999999999999999999999', '0x1p-99999999999999999999999', '0x' + '0' * 1000 + '1p-4000',
         '0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7ffp1023', '0x1.fffffffffffffp1023',
         '0x1.00000000000008p0', '0x1.00000000000008000001p0', '0x1.00000000000018p0',
         '0x1.0000000000000fp-1022', '0x0.fffffffffffff8p-1022', '0x0.fffffffffffffcp-1022',
         'ff', 'FF.8', '0x' + 'f' * 300, '0x' + 'f' * 256, '1p+1', '1P-1', '-0x0p0', '0x1p0 x', ' ',
         '', '+', '0x+1', '0x1.p', '0x1.', '0x.1', '1.2.3', '\t0x10\n', '0x1e3', '0x1p1_0',
         '0x.00000000000000000000001p0', '0x10000000000000000000000000p-100', '0x1p-1022',
         '0x1.fffffffffffffp-1023', '0xfffffffffffffp-1074', '0x1.ffffffffffffffffp-1023']
for h in hexes:
    emit('FH', esc(h), lambda: bits(float.fromhex(h)))
for x in xs[:40]:
    h = x.hex()
    emit('FH', esc(h), lambda: bits(float.fromhex(h)))

with open('float_ops.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'vectors')
