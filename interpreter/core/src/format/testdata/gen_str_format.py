"""Generates str_format.txt: str.format template parsing vectors (CPython 3.11).

Lines: T TAB template TAB tokens, where tokens is the '\x1e'-joined list of
'L:<literal>' (consecutive literals merged) and 'F:<name>\x1f<spec>\x1f<conv>'
from _string.formatter_parser; or N TAB field name TAB 'first\x1e' + parts
from _string.formatter_field_name_split ('A:attr', 'I:int', 'K:key'). Or
'ERR:Kind: message'. All fields unicode_escape'd.
"""
import _string, random

def esc(s):
    return s.encode('unicode_escape').decode('ascii').replace('\t', '\\t')

out = []

def tokens(t):
    toks = []
    for lit, name, spec, conv in _string.formatter_parser(t):
        if lit:
            if toks and toks[-1].startswith('L:'):
                toks[-1] += lit
            else:
                toks.append('L:' + lit)
        if name is not None:
            toks.append('F:%s\x1f%s\x1f%s' % (name, spec, conv or ''))
    return '\x1e'.join(toks)

def split(n):
    first, rest = _string.formatter_field_name_split(n)
    parts = [('I:%d' % first) if isinstance(first, int) else ('N:' + first)]
    for is_attr, v in rest:
        parts.append(('A:' + v) if is_attr else (('I:%d' % v) if isinstance(v, int) else 'K:' + v))
    return '\x1e'.join(parts)

def emit(kind, text, f):
    try:
        r = 'OK:' + f()
    except Exception as e:
        r = 'ERR:%s: %s' % (type(e).__name__, e)
    out.append('\t'.join([kind, esc(text), esc(r)]))

templates = ['', 'abc', 'a{{b}}c', '{', '}', 'a}b', 'a{', '{}', '{0}', '{x}', '{!}', '{a!r}', '{a!rx}',
             '{a!r', '{a!}', '{a{b}', '{a[{]}', '{a[}', '{a:{b:{c}}}', '{a:{b}', '{0!r:>{w}}',
             '{0:}', '{:}', '{:{}}', '{0.x[1]:^{2}.{3}}', 'x{{{0}}}y', '{{}}', '}}{{', '{}}', '{{}',
             '{!r}', '{!r:}', '{0!:}', '{0!rr}', '{\u00e9}', '\u00e9{0:\u00e9^9}\u00e9', '{0[}]}',
             '{0[a:b]!s:x}', '{0]}', '{:::}', '{0:{{}}}', 'a{b}c{d}e', '{ }', '{0:}}', '{0:{1}x}']
rng = random.Random(5)
alphabet = '{}!:[].ar0x '
for _ in range(600):
    templates.append(''.join(rng.choice(alphabet) for _ in range(rng.randrange(1, 10))))
for t in templates:
    emit('T', t, lambda: tokens(t))
names = ['', '0', '00', 'abc', 'a.b', 'a.', 'a..b', 'a[0]', 'a[x]', 'a[x', 'a[x]y', 'a[x].y[1][2]',
         '0[]', '.x', '[0]', 'a[x y]', '99999999999999999999', 'a[99999999999999999999]', 'a[-1]',
         'a[01]', '\u00e9.\u00e9[\u00e9]', 'a[[]', 'a[]]', 'a.b[c].d', '[a]b', 'a]', 'a[x]]']
for n in names:
    emit('N', n, lambda: split(n))

with open('str_format.txt', 'w') as f:
    f.write('\n'.join(out) + '\n')
print(len(out), 'vectors')
