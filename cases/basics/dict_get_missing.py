class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c['a'] = c['a'] + 1
c['a'] += 1
print(c, c['zz'], c.get('zz'), 'zz' in c)
