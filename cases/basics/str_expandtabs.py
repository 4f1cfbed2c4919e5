print(repr('a\tb'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('ab\tc\nabc\td'.expandtabs(3)), repr('\t'.expandtabs(0)), repr('a\tb'.expandtabs(-1)))
