print(repr('\u00e9\tx'.expandtabs(4)), repr('\u4e2d\u6587\ty'.expandtabs(4)))
