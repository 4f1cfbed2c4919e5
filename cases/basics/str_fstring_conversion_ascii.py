s = 'caf\u00e9 \u20ac'
print(f'{s!a}', f'{s!r}', f'{s!s}', ascii(s), ascii([s]), ascii('\U0001f600'), ascii('\x7f\x80'))
