parts = ['\u03b1', '\u03b2', '\u03b3']
s = '\u2192'.join(parts)
print(s, len(s), s + '!', s * 2, '-'.join(s), len(''.join(parts * 100)))
