# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)
print(a is not c, a is not b)
print(None is None, None is not None)
print(1 in a, 3 in a, 3 not in a)
print("ell" in "hello", "x" not in "hello")
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'})
print(3 in range(5), 5 in range(5))
print(b"b" in b"abc", 98 in b"abc")
print((1, 2) in [(1, 2), (3, 4)])
print(not 1 in [1])
