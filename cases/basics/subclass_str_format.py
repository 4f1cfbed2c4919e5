class Name(str):
    def greet(self):
        return f'Hello, {self}!'
n = Name('Bob')
print(n.greet(), f'{n:>6}|', '{:<6}|'.format(n), '%-6s|' % n, format(n, '^7'), repr(n), str(n), n.title(), '-'.join(n), {n: 1}['Bob'], int(Name('42')) + 1, float(Name('1.5')))
