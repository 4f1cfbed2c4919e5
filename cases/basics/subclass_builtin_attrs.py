class L(list):
    tag = 'T'
l = L([1])
l.extra = 5
print(l.tag, l.extra, l, vars(l), hasattr(l, 'append'), getattr(l, 'extra'), 'extra' in dir(l))
try:
    [].extra = 1
except AttributeError as e:
    print(type(e).__name__)
