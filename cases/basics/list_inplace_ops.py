# in-place list operations keep identity
l = [1, 2]
ref = l
l += (3, 4)
l += "ab"
print(l, ref is l)
l *= 2
print(len(l), ref is l)
l *= 0
print(l, ref)
l.extend(range(3))
l[len(l):] = [9]
print(ref)
try:
    l + (1,)
except TypeError as e:
    print(type(e).__name__)
