print('\u039f\u0394\u039f\u03a3'.lower(), '\u03a3'.lower(), '\u03a3\u03a3'.lower(), '\u0391\u03a3 \u0392'.lower(), '\u0391\u03a3.'.lower())
