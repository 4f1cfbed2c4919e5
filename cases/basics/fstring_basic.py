# basic f-strings
name = "world"
n = 42
print(f"hello {name}")
print(f"{n} {n + 1} {n * 2}")
print(f"{{literal braces}} {n}")
print(f"{'inner'}")
print(f"{name.upper()}")
print(f"{[1, 2, 3][1]}")
print(f"{ {'k': 'v'}['k'] }")
print(f"{len(name)}")
print(f"")
print(f"{n}{n}")
