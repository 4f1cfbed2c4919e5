r"""
categories: Syntax, Strings
description: `\N{name}` escapes in string literals are not supported
cause: Resolving a character by its Unicode name needs the Unicode
  character name database, which is far too large for the small builds
  Pycopy targets. The literal is rejected when the code is compiled.
workaround: Write the character itself, or its `\u`/`\U` escape
  (`"\u2022"` for BULLET).
"""

try:
    print(eval(r'"\N{BULLET}" == "\u2022"'))
except SyntaxError:
    print("SyntaxError")
print("\u2022" == chr(0x2022))
