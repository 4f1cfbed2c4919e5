# Unions with the same members are equal whatever the order, hash alike
# and find each other as dict keys; a union is never equal to a class.
print((int | str) == (str | int), (int | str) == (int | float), (int | str) == int)
print(hash(int | str) == hash(str | int))
d = {int | str: 1}
print(d[str | int])
print((int | str) in {str | int})
