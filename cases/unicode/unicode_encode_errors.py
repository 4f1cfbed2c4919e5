s = 'a\u00e9\u4e2d\U0001f600'
for enc in ('ascii', 'latin-1'):
    for err in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        print(enc, err, s.encode(enc, err))
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
try:
    s.encode('ascii', 'bogus')
except LookupError as e:
    print(type(e).__name__)
