"""Generates printf.txt: str % args vectors from CPython 3.11.

Each line: template TAB args TAB expected (unicode_escape'd). args is
'T:' + items joined by '\x1f' for a tuple, or 'M:' + key=item items for a
dict; an item is i<decimal>, f<hex bits> or s<text>.
"""
import random, struct

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def esc(s):
    return s.encode('unicode_escape').decode('ascii').replace('\t', '\\t')

def item(v):
    if isinstance(v, int):
        return 'i%d' % v
    if isinstance(v, float):
        return 'f' + bits(v)
    return 's' + v

out = []

def emit(template, args):
    try:
        r = 'OK:' + (template % args)
    except Exception as e:
        r = 'ERR:%s: %s' % (type(e).__name__, e)
    if len(r) > 200:
        return
    if isinstance(args, dict):
        a = 'M:' + '\x1f'.join('%s=%s' % (k, item(v)) for k, v in args.items())
    else:
        a = 'T:' + '\x1f'.join(item(v) for v in args)
    out.append('\t'.join([esc(template), esc(a), esc(r)]))

rng = random.Random(7)
flags = ['', '', '-', '+', ' ', '#', '0', '-0', '+0', ' 0', '#0', '-#', '+#0']
widths = ['', '', '1', '6', '12', '*']
precs = ['', '', '.', '.0', '.3', '.12', '.*']
convs = 'diuoxXeEfFgGcsra'
values = [0, 7, -42, 255, 123456789, -2**70, 3**50, 65, 0x10ffff, 0.0, -0.0, 1.5, -2.5,
          1234.5678, 1e-7, 1e22, float('inf'), float('-inf'), float('nan'), 0.125, 'ab', 'h\u00e9llo', 'x']
for _ in range(2500):
    conv = rng.choice(convs)
    spec = '%' + rng.choice(flags) + rng.choice(widths) + rng.choice(precs) + conv
    v = rng.choice(values)
    if conv in 'diuoxX' and not isinstance(v, int):
        v = rng.choice([0, 7, -42, 255, 123456789, -2**70])
    if conv in 'eEfFgG' and isinstance(v, str):
        v = rng.choice([1.5, -0.0, 1e22, float('nan')])
    if conv == 'c' and isinstance(v, float):
        v = 'x'
    args = []
    if '*' in spec.split('.')[0]:
        args.append(rng.choice([5, -7, 0, 12]))
    if '.*' in spec:
        args.append(rng.choice([2, -1, 0, 5]))
    args.append(v)
    emit('<' + spec + '>', tuple(args))

hand = [
    ('%', ()), ('%s %', (1,)), ('abc', ()), ('%%', ()), ('a%%b%%', ()), ('%5%', (1,)),
    ('%-5%', (1,)), ('%y', (1,)), ('ab%\u0142', (1,)), ('ab%\x05', (1,)), ('h\u00e9%y', (1,)),
    ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a)s', (1,)), ('%.', (1,)), ('%.*', (1,)),
    ('%ld', (1,)), ('%l', (1,)), ('%hd|%Lf', (5, 1.5)), ('%(a)s|%(b)5d|%(a)r', {'a': 'x', 'b': 3}),
    ('%(a(b))s', {'a(b)': 'nested'}), ('%()s', {'': 'empty'}), ('%(a)%', {'a': 1}),
    ('%c', (0x110000,)), ('%c', (-1,)), ('%c', (2**70,)), ('%c', ('\U0001f600',)),
    ('%5c|%-5c', (0x20ac, 'y')), ('%99999999999999999999d', (1,)), ('%.99999999999d', (1,)),
    ('%.2147483648f', (1.0,)), ('%.2147483647s', ('abc',)), ('%*d', (2**63, 1)),
    ('%.*d', (2**31, 1)), ('%.*f', (-5, 1.5)), ('%*d|', (-5, 1)), ('%-*d|', (-5, 1)),
    ('%#.3x|%#.3X|%+.3d|%-+6.2d|%#o|% x|%+x', (255, 255, 5, 5, 8, 255, -255)),
    ('%010.3f|%-010.3f|%+010.3e|% 010.0f|%#10.0g|%010.2f', (-1.5, 1.5, 12345.678, 2.5, 1.5, float('nan'))),
    ('%05s|%-05c|%5c|%.0c', ('ab', 65, 'x', 'y')), ('%#010x|%#-10o|%+#x', (255, 8, 255)),
    ('%.0e|%#.0e|%#.0f|%.0g|%#g|%G|%10.3E', (1.5, 1.5, 1.5, 1.5, 1.5, float('inf'), -1e-10)),
    ('%.500f', (1.5,)), ('%.60e', (0.1,)), ('%.30g', (0.1,)), ('%#.30g', (0.1,)),
    ('%s \u00e9 %s', ('a', 'b')), ('%08.3s|', ('abcdef',)), ('%-8.3s|', ('abcdef',)),
    ('%x', (-2**100,)), ('%#X', (-2**100,)), ('%o', (-8,)), ('%+#o', (8,)), ('%u', (-3,)),
    ('%i', (2**64,)), ('%.150d', (7,)), ('%+.0f|%+.0f', (-0.4, 0.4)), ('% e', (float('inf'),)),
    ('%+g|%+G', (float('nan'), float('-inf'))), ('%020.5g', (-1234567.0,)),
]
for t, a in hand:
    emit(t, a)

with open('printf.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'vectors')
