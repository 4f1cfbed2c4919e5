b = b'abcabc'
print(b.find(b'b'), b.find(b'b', 2), b.rfind(b'b'), b.find(b'z'), b.find(99), b.rfind(97), b.index(b'c'), b.rindex(b'a'), b.find(b''), b.find(b'', 7))
print(b.find(bytearray(b'ca')), b.find(memoryview(b'bc')), b.count(b'a'), b.count(98), b.count(b''), b.count(b'bc', 2))
for f in (lambda: b.index(b'z'), lambda: b.find('a'), lambda: b.find(256), lambda: b.rindex(120)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
