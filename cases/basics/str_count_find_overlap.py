# count() counts non-overlapping occurrences; find() finds the first
s = "aaaa"
print(s.count("aa"), s.find("aa"), s.rfind("aa"))
print("abababa".count("aba"), "abababa".replace("aba", "X"))
print("mississippi".count("ss"), "mississippi".count("s"))
print("abc".count("", 1), "abc".find("", 2), "abc".find("c", -1))
