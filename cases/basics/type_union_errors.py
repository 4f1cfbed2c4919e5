# | needs classes (or None) on both sides.
for bad in (lambda: int | 3, lambda: 3 | int, lambda: None | None, lambda: int | "str"):
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1, (int | str, 5))
except TypeError as e:
    print("TypeError", e)
