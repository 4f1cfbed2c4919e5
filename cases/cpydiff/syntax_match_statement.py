"""
categories: Syntax
description: The `match` statement (structural pattern matching) is not supported
cause: Pycopy follows the Python 3.4 grammar with selected later additions;
  `match`/`case`, added in Python 3.10, is not one of them, so a `match`
  block is a `SyntaxError` when the code is compiled.
workaround: Use `if`/`elif` chains, or a dict that maps keys to handlers.
"""

source = """
command = "go"
match command:
    case "go":
        print("going")
    case _:
        print("something else")
"""
try:
    exec(source)
except SyntaxError:
    print("SyntaxError")
