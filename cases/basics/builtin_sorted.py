# sorted with key and reverse
data = [5, 2, 9, 1, 7]
print(sorted(data), data)
print(sorted(data, reverse=True))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w[-1], reverse=True))
print(sorted("hello"))
print(sorted({3: 'a', 1: 'b'}))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(sorted([]))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__)
