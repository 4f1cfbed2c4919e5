class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
t = Tags([1])
t.add_all(2, 3)
print(sorted(t), len(t), 2 in t, isinstance(t, set), sorted(t | {9}), type(t | {9}).__name__, t == {1, 2, 3}, t.issubset({1, 2, 3, 4}))
