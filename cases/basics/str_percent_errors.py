for tmpl, args in (('%d', 'a'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%(x)s', 5), ('%y', 1), ('%c', 'ab'), ('%d', None), ('%(a)s', {})):
    try:
        print(tmpl % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
