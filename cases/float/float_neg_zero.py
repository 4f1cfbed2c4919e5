z = -0.0
print(z, repr(z), str(z), z == 0.0, 0.0 - 0.0, -0.0 + 0.0, -0.0 * 1, abs(z), -z)
print(format(z, 'g'), round(-0.4), round(-0.4, 1), int(z))
