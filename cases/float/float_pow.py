print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 10.0 ** -2, (-8.0) ** 3, 0.0 ** 0, 1.0 ** float('nan'))
print((-8) ** (1/3))
print(pow(2.0, 3), pow(-2.0, 2), pow(2, -2.0))
print(float('inf') ** 0, float('nan') ** 0, 0.0 ** float('inf'))
