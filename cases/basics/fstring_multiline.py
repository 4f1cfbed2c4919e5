# f-strings spanning lines and with newlines
a, b = 1, 2
s = (f"a={a} "
     f"b={b}")
print(s)
t = f"""line {a}
line {b}"""
print(t)
print(f"{a}\n{b}")
print(f"{a:{b}}|")
