print('abc'.encode(), 'caf\u00e9'.encode(), 'caf\u00e9'.encode('utf-8'), '\u20ac'.encode('utf8'), 'x'.encode(encoding='ascii'))
print('caf\u00e9'.encode('ascii', 'ignore'), 'caf\u00e9'.encode('ascii', 'replace'), 'caf\u00e9'.encode('latin-1'))
try:
    'caf\u00e9'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__)
