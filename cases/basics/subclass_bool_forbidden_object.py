class O(object):
    pass
print(O().__class__.__name__, type(O()).__bases__[0].__name__, isinstance(O(), object))
for base in (bool, type(None), range, slice, type(len)):
    try:
        type('X', (base,), {})
        print(base.__name__, 'subclassable')
    except TypeError as e:
        print(base.__name__, type(e).__name__)
