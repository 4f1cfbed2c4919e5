"""Generates format_spec.txt: format() test vectors from CPython (3.11).

Each line: kind TAB value TAB spec TAB expected, with unicode_escape'd
fields. kind: i (int, decimal), f (float, hex bits), c (complex, two hex
bits separated by ','), s (str). expected: 'OK:' + text or 'ERR:Kind: msg'.
"""
import random, struct

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def esc(s):
    return s.encode('unicode_escape').decode('ascii').replace('\t', '\\t')

def run(value, spec):
    try:
        r = format(value, spec)
        return 'OK:' + r
    except Exception as e:
        return 'ERR:%s: %s' % (type(e).__name__, e)

rng = random.Random(20240601)
out = []

def emit(kind, value, spec):
    r = run(value, spec)
    if len(r) > 160:
        return
    if kind == 'i':
        v = str(value)
    elif kind == 'f':
        v = bits(value)
    elif kind == 'c':
        v = bits(value.real) + ',' + bits(value.imag)
    else:
        v = esc(value)
    out.append('\t'.join([kind, v, esc(spec), esc(r)]))

fills = ['', '<', '>', '^', '=', '*<', '0>', '\u00e9^', '0=', 'x=', '<<', ' >', '\u0142>']
signs = ['', '', '+', '-', ' ']
zs = ['', '', '', 'z']
alts = ['', '', '#']
zeros = ['', '', '0']
widths = ['', '', '1', '5', '8', '12', '20', '\u0665']
groups = ['', '', ',', '_']
precs = ['', '', '.0', '.1', '.3', '.10', '.', '.17']

def rand_spec(types, prec_odds=1):
    prec = rng.choice(precs) if rng.randrange(prec_odds) == 0 else ''
    return ''.join([rng.choice(fills), rng.choice(signs), rng.choice(zs),
                    rng.choice(alts), rng.choice(zeros), rng.choice(widths),
                    rng.choice(groups), prec, rng.choice(types)])

ints = [0, 1, -1, 7, -42, 255, 1234, -1234567, 10**20, -(10**30) + 7,
        2**63 - 1, -2**63, 65, 0x10ffff, 0x110000, 2**70, 987654321]
int_types = ['', '', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F',
             'g', 'G', '%', 's', 'y', ',']
floats = [0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e-5, 1.5e300, float('inf'),
          float('-inf'), float('nan'), 123456789.123, -0.00001234, 5e-324,
          1.7976931348623157e308, 2.5, 0.125, 1234567.0, 1e22, 0.5,
          9.999999, 100.0, -0.0004, 12345.6789, 1/3, 2.675]
float_types = ['', '', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x']
complexes = [1+2j, -1.5-0.25j, 0j, complex(-0.0, 0.0), complex(0.0, -0.0),
             1j, complex(float('nan'), float('inf')), 1234.5+6789.125j,
             complex(1e20, -1e-7)]
complex_types = ['', '', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
strs = ['', 'a', 'hello', 'h\u00e9llo w\u00f6rld', '\U0001f600x']
str_types = ['', '', '', 's', 'd']

for v in ints:
    for _ in range(60):
        emit('i', v, rand_spec(int_types, 4))
for v in floats:
    for _ in range(60):
        emit('f', v, rand_spec(float_types))
for v in complexes:
    for _ in range(50):
        emit('c', v, rand_spec(complex_types))
for v in strs:
    for _ in range(50):
        emit('s', v, rand_spec(str_types))

# Hand-picked cases.
hand_int = ['', '010,', '09,', '011_b', '#012_x', '#X', '#o', '_o', ',d', '=+8',
            '0=8', '08', '-08', ' 08', '^9', '*^9,', 'c', '05c', '<5c', '99999999999999999999',
            '9223372036854775807', '9223372036854775808', ',_', '_,', '.', 'z', 'z.2f', '+z.2f',
            '#b', '#_b', '020_b', '%', '.2%', ',.2f', '_e', '0>12,', 'x<0', '\x00<5', '\u0142',
            ', ', '_\x05', '\x05', ',c', '#c', '+c', '.2', '.2f', ',x', 'x,', ',n', '_n']
for spec in hand_int:
    for v in [0, 5, -5, 1234567, -1234567, 2**64, -2**100]:
        emit('i', v, spec)
hand_float = ['', '.0', '.1', '.3', '.17', '#', '#.0', '.0e', '#.0e', '#.0f', '.0g', '#g', '#.3g',
              'z', 'z.1f', '+z.1f', ' z.3e', 'z%', '010', '010,', '=10', '0=10', ',', '_', ',.2f',
              '012,.3f', '015_.4e', '.500f', '.100e', '.30g', '#.30g', '+', '-', ' ', 'n', '.3n',
              '%', '.1%', '.2147483648f', '.2147483647', '99999999999999999999', '.20000000f',
              '30000000', '^+20.4e', '*>+#20.4G', ',g', ',e', '_%']
for spec in hand_float:
    for v in [0.0, -0.0, 1.5, -2.5, 1234567.891, 1e-7, -1e300, 5e-324, float('inf'),
              float('-inf'), float('nan'), 0.125, 999.9999, 1e16, 123.0, -0.0001]:
        emit('f', v, spec)
hand_complex = ['', '10', '<20', '^20', '+', '-', ' ', '.2', '.2f', '#', '#.0f', ',.1f', '_.2e',
                'z', 'z.1f', '05', '0<5', '=5', '%', 'd', '.0', '.17g', 'n', 'G', '*^30.3E',
                '.2147483648f']
for spec in hand_complex:
    for v in [1+2j, 1.5+2j, -1j, 1j, 0j, complex(-0.0, -0.0), complex(1e20, 1e-20),
              complex(float('nan'), float('nan')), complex(1, float('nan')), 1234567+0.5j,
              complex(-0.0001, 0.0001)]:
        emit('c', v, spec)
hand_str = ['', 's', '5', '<5', '>5', '^5', '^6', '*^6', '.2', '.0', '8.3', '05', '0=5',
            '=5', '+', '-', ' ', '#', 'z', 'z5', ',', '_', ',s', 'd', 'x', '10.2s', '\u0142^9',
            '.99999999999999999999', '99999999999999999999', '+#=', 'z#=', '#=', '=x']
for spec in hand_str:
    for v in ['', 'abc', 'h\u00e9llo', '\U0001f600']:
        emit('s', v, spec)

with open('format_spec.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'vectors')
