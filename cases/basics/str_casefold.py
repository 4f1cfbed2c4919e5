print('Stra\u00dfe'.casefold() == 'STRASSE'.casefold(), 'HELLO'.casefold(), '\u03c2'.casefold(), '\u0130'.casefold() == 'i\u0307', '\ufb01'.casefold())
