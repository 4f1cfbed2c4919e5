for c in ('a', '\u00e9', '\u0391', '\u4e2d', '\u0660', '\u00b2', '\u2155', '\u2167', '\u0301', '\u0903', ' ', '\u3000', '_', '\U0001d7d8', '\U00010400'):
    print(hex(ord(c)), c.isalpha(), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum(), c.isspace(), c.isupper(), c.islower(), c.isidentifier())
