# replace, find, rfind, index, count
s = "hello world, hello"
print(s.replace("hello", "bye"))
print(s.replace("hello", "bye", 1))
print(s.replace("", "-")[:10])
print(s.find("o"), s.rfind("o"), s.find("zz"), s.find("o", 5), s.find("o", 5, 7))
print(s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("hello"), s.count(""))
try:
    s.index("zz")
except ValueError as e:
    print(type(e).__name__)
