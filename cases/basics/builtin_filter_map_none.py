print(list(filter(None, range(-2, 3))), list(map(None.__class__, [])) if False else [], list(filter(lambda s: s.strip(), [' ', 'a', '', 'b '])))
print(list(map(max, [1, 5], [4, 2])), list(map(str.upper, 'ab')), list(zip(range(3), map(lambda x: x * x, range(3)))))
