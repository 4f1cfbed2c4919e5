print('aaaa'.count('aa'), 'ababab'.count('aba'), 'aaaa'.replace('aa', 'b'), 'aaa'.find('aa', 1), 'aaa'.rfind('aa'), 'abcabc'.split('bc'), 'aaaa'.split('aa'), 'xaaax'.partition('aa'))
