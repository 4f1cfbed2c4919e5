print('hello'.removeprefix('he'), 'hello'.removeprefix('x'), 'hello'.removesuffix('lo'), 'hello'.removesuffix(''), ''.removeprefix('a'))
