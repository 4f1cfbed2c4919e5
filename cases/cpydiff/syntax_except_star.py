"""
categories: Syntax
description: `except*` (exception groups, Python 3.11) is not supported
cause: The grammar has no `except*` clause and there are no exception group
  classes, so a `try` statement using `except*` does not compile.
workaround: Raise and catch ordinary exceptions; collect several errors in
  a list carried by one exception if needed.
"""

source = """
try:
    pass
except* ValueError:
    pass
print("compiled")
"""
try:
    exec(source)
except SyntaxError:
    print("SyntaxError")
