print(b'abc'.decode(), b'\xc3\xa9'.decode('utf-8'), b'\xe9'.decode('latin-1'), b'\xe9'.decode('latin1'), bytearray(b'x').decode(), b'\xff\xfe'.decode('utf-8', 'replace'), b'a\xffb'.decode(errors='ignore'))
print(b'\xff'.decode('ascii', 'backslashreplace'), b'\xe2\x82'.decode('utf-8', 'replace'), b'\xe2\x82\xac'.decode())
for data, enc in ((b'\xff', 'utf-8'), (b'\x80', 'ascii'), (b'\xe2\x82', 'utf-8'), (b'a', 'no-such')):
    try:
        data.decode(enc)
    except (UnicodeDecodeError, LookupError) as e:
        print(type(e).__name__, e)
