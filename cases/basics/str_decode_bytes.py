print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(type(e).__name__)
print(str(b'ab\xc3\xa9', 'utf-8'), str(b'xy', encoding='ascii'))
