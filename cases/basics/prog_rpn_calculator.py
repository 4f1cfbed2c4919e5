# program: reverse Polish notation calculator with error handling
def rpn(expr):
    ops = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "/": lambda a, b: a // b,
    }
    stack = []
    for tok in expr.split():
        if tok in ops:
            b = stack.pop()
            a = stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError("bad expression")
    return stack[0]
for e in ("3 4 +", "5 1 2 + 4 * + 3 -", "2 3 4 * +", "1 0 /", "1 +", "1 2", "x"):
    try:
        print(e, "=", rpn(e))
    except ZeroDivisionError:
        print(e, "-> division by zero")
    except IndexError:
        print(e, "-> stack underflow")
    except ValueError:
        print(e, "-> invalid")
