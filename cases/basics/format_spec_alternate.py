for v in (0, 10, 255, -255):
    print(format(v, '#b'), format(v, '#o'), format(v, '#x'), format(v, '#X'), format(v, '#010x'), format(v, '#_b'))
print(format(2.0, '#g'), format(2.0, '#.0f'), format(1e10, '#.3g'), format(0.5, '#.0e'))
