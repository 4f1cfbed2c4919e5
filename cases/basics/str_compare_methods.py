print('a'.__lt__('b'), 'b'.__gt__('a'), 'a'.__le__('a'), 'a'.__ne__('b'), 'a'.__eq__('a'), 'A' < 'a', 'Z' < 'a', 'a' < 'aa', '' == str(), 'abc'.__contains__('bc'))
