print(b'-'.join([b'a', b'b']), b''.join([]), b','.join([bytearray(b'x'), memoryview(b'y')]), bytearray(b'+').join([b'1', b'2']))
for bad in (['a'], [1], [b'a', 'b']):
    try:
        b'-'.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
