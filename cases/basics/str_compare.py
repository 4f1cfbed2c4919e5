print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'B' < 'a', '\u00e9' > 'z', '\U0001f600' > '\uffff', 'a' == 'a', 'a' != 'b')
print(sorted(['b', 'A', 'a', '\u00e9', 'Z', '', 'aa']), max('hello'), min('hello'))
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
