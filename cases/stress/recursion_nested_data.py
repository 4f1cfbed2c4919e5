# Printing deeply nested containers doesn't overflow the stack.
# pycopy-targets: unix (builds 100000 nested lists, more than a board's 4 MiB of RAM holds)
x = []
for i in range(100000):
    x = [x]
try:
    s = repr(x)
    print("repr length", len(s))
except RuntimeError:
    print("RuntimeError")
d = {}
cur = d
for i in range(50):
    cur["k"] = {}
    cur = cur["k"]
print(repr(d).count("{"))
