class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))
c = Counter()
for ch in 'mississippi':
    c.add(ch)
print(sorted(c.items()), c.most(), len(c), c['s'])
