class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
s = Sink()
print('hello', 'world', file=s)
print('x', end='', file=s, sep=',')
print(1, 2, sep='+', file=s)
print(s.parts)
print('to stdout', file=None)
import sys
print('via sys.stdout', file=sys.stdout)
