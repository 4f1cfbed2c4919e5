# operands, arguments and display items are evaluated left to right
log = []
def t(x):
    log.append(x)
    return x
def f(*a, **k):
    return a
f(t(1), *[t(2)], t(3), k=t(4))
print(log); log.clear()
t(1) + t(2) * t(3)
print(log); log.clear()
{t("k1"): t("v1"), t("k2"): t("v2")}
print(log); log.clear()
[t(1), t(2)][t(0)]
print(log); log.clear()
conts = {"L": [0]}
conts[t("L")][t(0)] = t("value")
print(log); log.clear()
t(1) if t(True) else t(2)
print(log); log.clear()
t(5) < t(6) < t(7)
print(log)
