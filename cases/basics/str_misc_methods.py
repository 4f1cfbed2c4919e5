# center, ljust, rjust, zfill, partition, format
print("[" + "ab".center(6) + "]", "[" + "ab".center(7, "*") + "]")
print("[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, ".") + "]")
print("42".zfill(5), "-42".zfill(5))
print("key=value=x".partition("="), "novalue".partition("="))
print("a/b/c".rpartition("/"))
print("{}-{}".format(1, 2), "ab" * 3, "abc"[::-1])
print("x".join("123"))
