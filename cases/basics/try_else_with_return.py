# else clause skipped when try returns or breaks
def f(flag):
    try:
        if flag:
            return "returned from try"
    except ValueError:
        pass
    else:
        print("else ran")
    finally:
        print("finally ran")
    return "end"
print(f(True))
print(f(False))
for i in range(2):
    try:
        if i == 0:
            continue
        print("try body", i)
    except Exception:
        pass
    else:
        print("else for", i)
