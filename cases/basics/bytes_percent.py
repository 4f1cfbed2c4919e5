print(b'%s-%d' % (b'ab', 5), b'%x %c %c' % (255, 65, b'B'), b'%5s|%-5s|' % (b'a', b'b'), b'%r' % b'q' if False else '', b'%%', b'%(k)s' % {b'k': b'v'})
print(bytearray(b'%d') % 7, b'%b' % b'bin', b'%a' % 'x')
try:
    b'%s' % 'str'
except TypeError as e:
    print(type(e).__name__)
