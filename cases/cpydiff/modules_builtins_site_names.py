"""
categories: Modules, builtins
description: `exit()`, `quit()`, `copyright`, `credits` and `license` are not built in
cause: CPython's `site` module adds these conveniences for the interactive
  interpreter at start-up; Pycopy has no `site` module.
workaround: Use `sys.exit()` to end a program.
"""
import builtins

for name in ("exit", "quit", "copyright", "credits", "license"):
    print(name, hasattr(builtins, name))
