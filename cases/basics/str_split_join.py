# str.split, rsplit and join
print("a b  c".split())
print("a,b,,c".split(","))
print("  lead and trail  ".split())
print("a-b-c-d".split("-", 2))
print("a-b-c-d".rsplit("-", 1))
print("".split(), "".split(","))
print("abc".split("abc"))
print("line1\nline2\n".splitlines())
print(", ".join(["x", "y", "z"]))
print("".join([]), "-".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__)
