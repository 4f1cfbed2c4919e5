print('\u00e9cole'.upper(), '\u00c9COLE'.lower(), 'stra\u00dfe'.upper(), '\u0130'.lower(), 'ﬁ'.upper(), '\u03a3\u0391'.lower())
print('stra\u00dfe'.casefold(), 'Stra\u00dfe'.lower(), '\u01c5'.swapcase() if False else '', '\u00ff'.upper(), '\u0149'.upper())
print('\u01c4\u01c5\u01c6'.title(), 'hello \u00e9t\u00e9'.title(), '\u1f80'.upper())
