# int() from strings, floats and with bases
print(int(), int(5), int(-3.9), int(3.9), int(True))
print(int("42"), int("  -17  "), int("+8"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o17", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36))
print(int("123456789012345678901234567890"))
print(int("-0"), int("0", 0))
for bad in ("", "1.5", "abc", "12a", "0x"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError for", repr(bad))
try:
    int("9", 8)
except ValueError:
    print("ValueError for digit out of base")
