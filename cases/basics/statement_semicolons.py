# semicolons and simple statements on one line
a = 1; b = 2; c = a + b
print(a, b, c)
if c: print("one"); print("two")
for i in range(2): print("loop", i); i += 10
while a < 3: a += 1
print(a)
def f(): return "inline def"
print(f())
class K: x = 1; y = 2
print(K.x + K.y)
