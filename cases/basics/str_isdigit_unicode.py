for c in ('5', '\u00b2', '\u0665', '\u00bd', '\u2155', '\u0bf0', '\uff15', 'x', '\u216b'):
    print(repr(c), c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalnum())
