# sorting and min/max need only __lt__
class Item:
    def __init__(self, w):
        self.w = w
    def __lt__(self, o):
        return self.w < o.w
    def __repr__(self):
        return "Item(%d)" % self.w
items = [Item(3), Item(1), Item(2)]
print(sorted(items))
print(min(items), max(items))
items.sort(reverse=True)
print(items)
