a = bytearray(3)
a[0] = 255
a[-1] = 1
print(a)
for v in (256, -1, 'x', 1.5):
    try:
        a[1] = v
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
del a[0]
print(a)
