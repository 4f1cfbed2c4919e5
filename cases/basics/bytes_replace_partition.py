print(b'aaa'.replace(b'a', b'bb'), b'aaa'.replace(b'a', b'', 2), b'abc'.replace(b'', b'-'), b'a=b=c'.partition(b'='), b'a=b=c'.rpartition(b'='), b'abc'.partition(b'x'), b'abc'.rpartition(b'x'))
