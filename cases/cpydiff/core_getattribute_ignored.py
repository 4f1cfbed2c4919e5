"""
categories: Core, Classes
description: A user-defined `__getattribute__` is not called
cause: Attribute lookup is a fixed fast path in the virtual machine that
  never consults a class's own `__getattribute__`; only `__getattr__`
  (called when the normal lookup fails) can be overridden, which keeps every
  attribute access cheap.
workaround: Implement `__getattr__` instead and keep the attributes it
  should intercept out of the instance and class dicts.
"""


class Logged:
    def __init__(self):
        self.value = 1

    def __getattribute__(self, name):
        return "intercepted " + name


obj = Logged()
try:
    print(obj.value)
    print(obj.missing)
except AttributeError:
    print("AttributeError")
