# int() accepts underscores between digits
print(int("1_000"), int("0x_ff", 16), int("1_0", 2))
for bad in ("_1", "1_", "1__0"):
    try:
        int(bad)
    except ValueError:
        print("ValueError", repr(bad))
