"""
categories: Core, Exceptions
description: `str()` of a `SyntaxError` is only its message, and `args` holds only the message
cause: Pycopy keeps the location of a syntax error in the `filename`,
  `lineno` and `offset` attributes, but does not build CPython's second
  argument (the details tuple with the source text), which is also what
  `str()` formats the "(file, line N)" suffix from.
workaround: Format the location yourself from `e.filename` and `e.lineno`.
"""

try:
    compile("x = (1,\n", "example.py", "exec")
except SyntaxError as e:
    print(len(e.args))
    print(str(e))
    print("{}:{}: {}".format(e.filename, e.lineno, e.msg))
