for w in (5, 8):
    for p in (1, 3):
        print('[{:{w}.{p}f}]'.format(3.14159, w=w, p=p), '[{0:>{1}}]'.format('x', w), '[{:{}.{}}]'.format('abcdef', w, p))
print('{0:{fill}{align}{width}}'.format('c', fill='.', align='^', width=7))
