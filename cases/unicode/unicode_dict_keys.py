d = {'\u00e9': 1, 'e\u0301': 2, '\u4e2d': 3}
print(len(d), d['\u00e9'], d['e\u0301'], '\u4e2d' in d, sorted(d.values()), hash('\u00e9') == hash('\u00e9'))
