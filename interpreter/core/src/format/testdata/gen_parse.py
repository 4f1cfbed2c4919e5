"""Generates parse.txt: float()/complex()/int() vectors from CPython 3.11.

Each line: kind TAB input TAB expected (unicode_escape'd). kinds: F float(str),
FB float(bytes; input is latin-1 text), C complex(str), I<base> int(str, base),
IB<base> int(bytes, base). expected: OK:<hex bits> (F), OK:<bits>,<bits> (C),
OK:<decimal> (I), or ERR:Kind: message.
"""
import struct

def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]

def esc(s):
    return s.encode('unicode_escape').decode('ascii').replace('\t', '\\t')

out = []

def emit(kind, text, f):
    try:
        r = 'OK:' + f()
    except Exception as e:
        r = 'ERR:%s: %s' % (type(e).__name__, e)
    out.append('\t'.join([kind, esc(text), esc(r)]))

floats = ['0', '-0', '+0.0', '1', '1.5', ' 1.5 ', '\t\n1e5\x0b\x0c\r', '.5', '5.', '.', '-.5e-3',
          '1e', '1e+', '1e+5', '1E-5', '1_000.000_1', '1__0', '_1', '1_', '1_.5', '1._5', '1e_5',
          '1e5_0', 'inf', '-inf', '+INF', 'Infinity', '-iNfInItY', 'infinit', 'nan', '-nan',
          '+NaN', 'nan1', 'in_f', '1e500', '-1e500', '1e-500', '4.9e-324', '2.4e-324',
          '2.5e-324', '1.7976931348623157e308', '1.7976931348623158e308',
          '1.7976931348623159e308', '0.1', '0.30000000000000004', '123456789012345678901234567890',
          '0x10', '1 2', '', ' ', '\u3000', '\u0661\u0662.\u0663', '\uff11\uff0e\uff15',
          '1\u00a0', '\u20001', '1\x00', 'x', 'x' * 300, "a'b", '1.5j', '1e1.5', '--1', '+-1',
          '2.675', '9007199254740993', '0.000001', '1' * 400, '0.' + '0' * 400 + '1',
          '1e' + '9' * 30, '1e-' + '9' * 30, '\u00e9', '1\x1c', '\x1c1', '1_0e1_0',
          '8.98846567431158e307', '2.2250738585072011e-308', '2.2250738585072012e-308']
for s in floats:
    emit('F', s, lambda: bits(float(s)))
for s in ['1.5', b' 1_5 '.decode(), 'x\xff\n', '\xff', 'nan', '1e5']:
    emit('FB', s, lambda: bits(float(s.encode('latin-1'))))
complexes = ['1+2j', '(1-2j)', 'j', 'J', '-j', '+j', '-1.5e3J', '1', '-1.5', ' ( 1+2j ) ',
             '( 1+2j', '1+2j )', '1 + 2j', '1+2', '1+j', '1-j', '1+-2j', 'nanj', '-infj',
             'inf+infj', 'nan-nanj', 'infinityj', '1e5+1e5J', '1e+5j', '1e', '1ej', '', ' ',
             '()', '(j)', '1__0j', '1_0j', '1_0+2_0j', '1\u00e9j', '\u0661+\u0662j', '1\x00j',
             '1+2jj', 'j1', '2j+1', '0x1', '1e500j', '-0j', '-0-0j', '0+0j', '.5j', '5.j', '.j',
             '(1+2j)x', 'x', '1.5e-3-2.5e+4j', '\u3000(1+2j)\u3000', '(\u30001+2j)']
for s in complexes:
    emit('C', s, lambda: (lambda z: bits(z.real) + ',' + bits(z.imag))(complex(s)))
ints = ['0', '-0', '+7', ' 42 ', '\t-42\n', '1_000', '1__000', '_1', '1_', '0x1f', '0X1F', '0o17',
        '0b101', '0x_1f', '0x__1f', '0_x1f', '00', '0_0', '010', '0_1', '09', '-0x1f', '- 1', '+_1',
        '9223372036854775807', '9223372036854775808', '-9223372036854775808',
        '-9223372036854775809', '18446744073709551616', '123456789' * 10, '-' + '9' * 60, 'z',
        'Z', 'zz', '1z', '', ' ', '+', '-', '\u0661\u0662', '\uff11\uff10', '\u30001', '1\u00a0',
        '\u00e9', '1\x00', 'x' * 300, '0b', '0x', '0o', '1.5', '1e5', '0b_', '0b1_', '1 2']
for base in [0, 2, 8, 10, 16, 36, 7]:
    for s in ints:
        emit('I%d' % base, s, lambda: str(int(s, base)))
for base in [1, 37, -1]:
    emit('I%d' % base, '1', lambda: str(int('1', base)))
for s in ['12', ' 0x_1f ', '1\xff', 'x', '0b11']:
    for base in [0, 10, 16]:
        emit('IB%d' % base, s, lambda: str(int(s.encode('latin-1'), base)))

with open('parse.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'vectors')
