print('{:\u2022^11}'.format('\u00e9t\u00e9'), '{:>4}'.format('\u4e2d'), '{:*<3}'.format('\u00e9'), '%5s' % '\u00e9', '%.2s' % '\u00e9\u00e8\u00ea', '{!a}'.format('\u00e9'))
