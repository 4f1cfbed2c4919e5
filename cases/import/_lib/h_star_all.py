# helper with __all__: star import takes exactly the listed names
__all__ = ["x", "_listed_private"]
x = "ex"
y = "why"
_listed_private = "listed"
