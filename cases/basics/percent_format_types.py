for v in (0, 42, -42, 255, 2**40):
    print('%d|%i|%u|%x|%X|%o|%#x|%#o|%e|%f|%g' % (v, v, v, v, v, v, v, v, v, v, v))
print('%c%c%c' % (72, 'i', 0x263a))
print('%s|%r|%a' % ('\u00e9', '\u00e9', '\u00e9'))
