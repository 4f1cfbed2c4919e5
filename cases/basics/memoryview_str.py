m = memoryview('h\u00e9llo')
print(len(m), bytes(m), m[1], bytes(m[1:3]), m.readonly)
try:
    m[0] = 65
except TypeError as e:
    print(type(e).__name__)
