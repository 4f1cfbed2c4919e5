"""
categories: Types, Functions
description: The type of a bound method is named `bound_method`, not `method`
cause: Pycopy's internal object types have their own names; bound methods
  are a small built-in type named `bound_method`.
workaround: Test for callables with `callable()`, or compare with the type
  of a known bound method instead of comparing type names.
"""


class A:
    def m(self):
        return 1


bound = A().m
print(type(bound).__name__)
print(type(bound) is type(A().m))
print(callable(bound))
