# startswith and endswith including tuples
s = "filename.txt"
print(s.startswith("file"), s.startswith("name"), s.endswith(".txt"))
print(s.endswith((".py", ".txt")), s.startswith(("a", "b")))
print(s.startswith("name", 4), s.startswith(""), "".endswith(""))
