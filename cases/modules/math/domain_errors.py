# ValueError("math domain error") and OverflowError("math range error")
# where CPython raises them.
import math

inf, nan = math.inf, math.nan
cases = [
    ("sqrt", math.sqrt, (-1,)),
    ("log", math.log, (0,)),
    ("log", math.log, (-1,)),
    ("log", math.log, (-inf,)),
    ("log", math.log, (-(10 ** 400),)),
    ("log", math.log, (10, 0)),
    ("log", math.log, (10, 1)),
    ("log2", math.log2, (0,)),
    ("log10", math.log10, (-2,)),
    ("exp", math.exp, (1000,)),
    ("expm1", math.expm1, (1000,)),
    ("cosh", math.cosh, (1000,)),
    ("sinh", math.sinh, (-1000,)),
    ("asin", math.asin, (2,)),
    ("acos", math.acos, (-1.5,)),
    ("acosh", math.acosh, (0.5,)),
    ("atanh", math.atanh, (1,)),
    ("atanh", math.atanh, (-2,)),
    ("sin", math.sin, (inf,)),
    ("cos", math.cos, (-inf,)),
    ("tan", math.tan, (inf,)),
    ("pow", math.pow, (0, -1)),
    ("pow", math.pow, (-2, 0.5)),
    ("pow", math.pow, (10, 400)),
    ("pow", math.pow, (-10, 401)),
    ("fmod", math.fmod, (1, 0)),
    ("fmod", math.fmod, (inf, 2)),
    ("gamma", math.gamma, (0,)),
    ("gamma", math.gamma, (-0.0,)),
    ("gamma", math.gamma, (-3,)),
    ("gamma", math.gamma, (-inf,)),
    ("gamma", math.gamma, (172,)),
    ("lgamma", math.lgamma, (0,)),
    ("lgamma", math.lgamma, (-5,)),
    ("lgamma", math.lgamma, (1e308,)),
    ("ldexp", math.ldexp, (1.0, 1024)),
    ("ldexp", math.ldexp, (1.0, 10 ** 30)),
    ("sqrt", math.sqrt, (10 ** 400,)),
]
for name, f, args in cases:
    try:
        print(name, args, f(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(name, args, type(e).__name__, e)
# NaN in gives NaN out, without an error
for f in (math.sqrt, math.log, math.exp, math.sin, math.gamma, math.lgamma, math.erf):
    print(math.isnan(f(nan)))
