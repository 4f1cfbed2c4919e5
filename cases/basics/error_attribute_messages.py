for obj, name in ((1, 'foo'), ('s', 'bar'), ([], 'baz'), (None, 'x'), (len, 'y')):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
class A:
    pass
try:
    A().missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__)
