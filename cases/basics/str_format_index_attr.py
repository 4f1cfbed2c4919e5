# field names with indexes and attributes in str.format
class P:
    x = 3
    y = 4
pt = P()
print("{0.x},{0.y}".format(pt))
print("{0[1]} {0[0]}".format(["a", "b"]))
print("{d[key]}".format(d={"key": "val"}))
print("{p.x}".format(p=pt))
