class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __contains__(self, k):
        return super().__contains__(k.lower())
d = D()
d['Key'] = 1
print(d['KEY'], 'kEy' in d, d, dict.__getitem__(d, 'key'), d.get('key'), list(d.keys()))
