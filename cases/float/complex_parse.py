for s in ('1+2j', '1-2j', '-1.5j', 'j', '-j', '+1J', '(3+4j)', ' ( 1e3-1e-3j ) ', '1e1+1e1j', 'inf+nanj', '0j', '1'):
    print(repr(s), complex(s))
for bad in ('1+', '1+2', 'j1', '1 + 2j', '(1+2j', ''):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__)
