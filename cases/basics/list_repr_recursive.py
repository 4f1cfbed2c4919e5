L = [1, 2]
L.append(L)
print(L, len(L), L[2] is L)
D = {'a': 1}
D['self'] = D
print(D)
T = ([],)
T[0].append(T)
print(T)
