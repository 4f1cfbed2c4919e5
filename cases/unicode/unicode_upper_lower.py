for s in ('stra\u00dfe', '\u0130stanbul', '\u03a3\u03bf\u03c6\u03b9\u03b1 \u039f\u0394\u03a3', '\u00ff\u0178', '\u0149', 'ﬃ', '\u1e9e', '\u01c6\u01c4', 'Ɐ'):
    print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
