# `%` with a non-tuple subscriptable right operand: it is the one value for
# the conversions, or a mapping for %(key)s, and extra values are not an error.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: "ab" % range(4))
show(lambda: "ab" % [1])
show(lambda: "%s" % [1, 2])
show(lambda: "%s" % b"x")
show(lambda: "x" % b"x")
show(lambda: "%(a)s" % [1])
show(lambda: "%s %s" % [1])
show(lambda: "ab" % 5)
show(lambda: b"x" % b"y")
show(lambda: b"x" % bytearray(b"y"))
show(lambda: b"%s" % [1])
