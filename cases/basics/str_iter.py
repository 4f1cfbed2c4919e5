print(list('h\u00e9\U0001f600'), list(''), [ord(c) for c in 'az'], tuple('ab'), list(reversed('abc')), sorted('cab'))
it = iter('xy')
print(next(it), next(it), next(it, 'end'))
