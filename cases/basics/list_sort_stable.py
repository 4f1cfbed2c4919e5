data = [('b', 2), ('a', 2), ('c', 1), ('d', 3), ('e', 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
L = list(data)
L.sort(key=lambda t: -t[1])
print(L)
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
