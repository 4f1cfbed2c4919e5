# A \u surrogate pair decodes to one character outside the BMP.
try:
    import ujson as json
except ImportError:
    import json

s = json.loads(r'"\ud83d\ude00"')
print(len(s), hex(ord(s)))
s = json.loads(r'"x\uD834\uDD1Ey"')
print(len(s), hex(ord(s[1])))
