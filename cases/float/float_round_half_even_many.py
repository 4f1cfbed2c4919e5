print([round(x + 0.5) for x in range(-5, 5)])
print([round(x / 100, 1) for x in range(-20, 21, 5)])
print([round(x * 0.125, 2) for x in range(0, 17)])
print(round(2.5e15 + 0.5), round(-0.5), round(-1.5), round(0.49999999999999994), round(1e-320, 320))
