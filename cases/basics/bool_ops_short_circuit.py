# short-circuit evaluation
def t(name):
    print("eval", name)
    return True
def f(name):
    print("eval", name)
    return False
print(f("a") and t("b"))
print(t("c") or f("d"))
print(t("e") and f("f") or t("g"))
print(f("h") or f("i") or t("j"))
