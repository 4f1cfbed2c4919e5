print(1 + 0j == 1, 1.5 + 0j == 1.5, 1j == 1j, hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5))
print({1: 'a', 1 + 0j: 'b'}, (1j).__eq__(1j))
