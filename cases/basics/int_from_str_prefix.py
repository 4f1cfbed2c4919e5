print(int('0x1f', 16), int('0b11', 2), int('0o7', 8), int('0X_1', 16))
try:
    int('0x1f', 10)
except ValueError as e:
    print(e)
