"""
categories: Core, Generators
description: Generator objects have no `gi_frame`, `gi_code` or `gi_running` attributes
cause: A generator keeps its suspended state inside the virtual machine;
  there are no frame or code objects to expose.
workaround: Track a generator's state in your own code (e.g. a flag set when
  it finishes) instead of inspecting it.
"""


def count():
    yield 1


g = count()
for name in ("gi_frame", "gi_code", "gi_running"):
    print(name, hasattr(g, name))
print(list(g))
