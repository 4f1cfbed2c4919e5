d = {3: 'c', 1: 'a', 2: 'b'}
print(d, str(d), repr(d.keys()), repr(d.values()), repr(d.items()), {'q': "it's"})
