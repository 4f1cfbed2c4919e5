# !a conversion escapes non-ASCII characters
s = "caf\u00e9"
print(f"{s!a}")
print(f"{'plain'!a}")
print(f"{[s]!a}")
