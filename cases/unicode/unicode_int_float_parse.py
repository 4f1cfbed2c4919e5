print(int('\u0663\u0664'), int('\u0967\u0968', 8) if False else int('\u0967\u0968'), float('\uff11.\uff15'), int(' \u2003\u0661 '), float('\u06f1e\u06f2'))
for s in ('\u00b2', '\u2155', '\u4e00'):
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__)
