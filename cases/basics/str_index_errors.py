s = '\u00e9\u00e8'
print(s[0], s[-1], s[1:100])
for i in (2, -3, 10**20):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s['a']
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__)
