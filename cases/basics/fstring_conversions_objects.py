class C:
    def __str__(self):
        return 'str-C'
    def __repr__(self):
        return 'repr-C'
    def __format__(self, spec):
        return 'fmt-C[' + spec + ']'
c = C()
print(f'{c}', f'{c!s}', f'{c!r}', f'{c!a}', f'{c:spec}', f'{c!s:>8}', f'{c!r:<8}|', format(c), str(c), '{}'.format(c), '{!r}'.format(c))
