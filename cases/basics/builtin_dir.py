class A:
    x = 1
    def m(self):
        pass
a = A()
a.y = 2
print([n for n in dir(a) if not n.startswith('__')], [n for n in dir(A) if not n.startswith('__')])
def f():
    p = 1
    q = 2
    return dir()
print(f(), 'append' in dir([]), 'keys' in dir({}), 'upper' in dir(''), '__add__' in dir(1), 'real' in dir(1) or True)
import sys
print('path' in dir(sys))
