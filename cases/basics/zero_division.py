# division by zero errors
for expr in (lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1.0 / 0):
    try:
        expr()
    except ZeroDivisionError as e:
        print(type(e).__name__)
try:
    5 // 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", type(e).__name__)
