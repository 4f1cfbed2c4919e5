# helper package for star import of a package with __all__ naming submodules
__all__ = ["pub", "star_sub"]
pub = "pub value"
other = "not listed"
