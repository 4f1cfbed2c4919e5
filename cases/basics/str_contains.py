# substring membership
s = "conformance"
print("form" in s, "" in s, "" in "", "x" in "")
print("con" in s, "nce" in s, "cone" not in s)
print(s in s, s + "!" in s)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__)
