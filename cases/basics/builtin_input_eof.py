# pycopy-targets: unix (needs a stdin that ends; a board's UART never does)
try:
    input()
except EOFError as e:
    print(type(e).__name__)
try:
    input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__)
