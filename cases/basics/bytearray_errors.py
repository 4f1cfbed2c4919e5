a = bytearray(b'ab')
for f in (lambda: a.append(256), lambda: a.append(-1), lambda: a.pop(5), lambda: bytearray().pop(), lambda: a.remove(120), lambda: a.insert(0, 300), lambda: a.extend('str'), lambda: a.extend(5)):
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(a)
