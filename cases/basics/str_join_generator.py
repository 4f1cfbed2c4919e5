# str.join with generators, maps and nested joins
print(",".join(str(i) for i in range(5)))
print(" ".join(map(str.upper, ["a", "b"])))
print("\n".join("-".join(str(c) for c in range(r)) for r in range(1, 4)))
print("".join(reversed("stressed")))
print("+".join(sorted({"b", "a", "c"})))
words = "The Quick Brown".split()
print("_".join(w.lower() for w in words))
