# helper without __all__: star import takes public names only
a = 1
b = "bee"
_private = "hidden"


def public_func():
    return "public"


def _private_func():
    return "private"
