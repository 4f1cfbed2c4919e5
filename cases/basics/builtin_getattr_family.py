class A:
    cls_attr = 'c'
a = A()
setattr(a, 'x', 1)
print(getattr(a, 'x'), getattr(a, 'cls_attr'), getattr(a, 'nope', 'dflt'), hasattr(a, 'x'), hasattr(a, 'nope'), hasattr(a, 'cls_attr'))
delattr(a, 'x')
print(hasattr(a, 'x'), getattr(1, 'real'), getattr('s', 'upper')(), hasattr([], 'append'))
for f in (lambda: getattr(a, 'nope'), lambda: delattr(a, 'nope'), lambda: getattr(a, 5), lambda: setattr(1, 'x', 2), lambda: hasattr(a, None)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__)
