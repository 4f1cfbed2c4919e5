# %c with an integer outside the code-point (or byte) range: OverflowError.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: "%c" % 10**25)
show(lambda: "%c" % -(2**70))
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % -1)
show(lambda: "%c" % 0x10FFFF == "\U0010ffff")
show(lambda: b"%c" % 10**25)
show(lambda: b"%c" % 256)
show(lambda: b"%c" % 255)
