class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
print(S(), [S()], (S(),), {'k': S()}, str(S()), repr(S()), f'{S()}', f'{S()!r}', '%s %r' % (S(), S()))
