print(repr('ab'.center(7)), repr('ab'.center(6, '*')), repr('abc'.center(6, '*')), repr('abc'.center(2)), repr(''.center(3, '-')))
print(repr('ab'.ljust(5)), repr('ab'.ljust(5, '.')), repr('ab'.rjust(5)), repr('ab'.rjust(5, '0')), repr('abc'.ljust(-1)))
print(repr('\u00e9'.center(5, '\u2022')))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(type(e).__name__, e)
