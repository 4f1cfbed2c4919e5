print(round(5), round(15, -1), round(25, -1), round(35, -1), round(-25, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(12, 2))
print(round(2**70 + 5, -1), type(round(7, 1)).__name__)
