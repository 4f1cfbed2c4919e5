print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2))
print('hello'.replace('l', ''), 'hello'.replace('xyz', 'q'), ''.replace('', 'x'), 'aaaa'.replace('aa', 'b'), 'caf\u00e9'.replace('\u00e9', 'e'))
