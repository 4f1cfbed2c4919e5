# Helper for the cmath cases: complex and float results to 12 significant
# digits (the last bits may differ between C libraries).


def c(z):
    if isinstance(z, complex):
        return "(%.12g, %.12g)" % (z.real, z.imag)
    return "%.12g" % z
