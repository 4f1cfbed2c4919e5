# explicit and implicit line continuation
x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2 +
     3)
print(y)
z = [1,
     2,
     3,
     ]
print(z)
d = {'a':
     1}
print(d)
if x == 6 and \
   y == 6:
    print("both six")
def f(a,
      b):
    return a + b
print(f(1,
        2))
