# eval and exec with explicit namespaces
print(eval("1 + 2 * 3"))
print(eval("x * 2", {"x": 21}))
ns = {}
exec("y = 5\ndef f(a):\n    return a + y", ns)
print(ns["y"], ns["f"](10))
g = {"items": [3, 1, 2]}
exec("items.sort()", g)
print(g["items"])
print(eval("[i * i for i in range(4)]"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
