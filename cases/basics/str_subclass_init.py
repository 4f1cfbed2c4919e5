class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged('abc', 'T')
print(t, t.tag, t.upper(), len(t), t * 2, t.replace('b', 'B'), ''.join([t, t]))
