with memoryview(b'abc') as m:
    print(m[0], bytes(m))
m.release()
print('released')
