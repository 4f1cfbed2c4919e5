# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# getenv(key, default=None).
try:
    import uos as os
except ImportError:
    import os

print(os.getenv("PYCOPY_CASE_SURELY_UNSET"))
print(os.getenv("PYCOPY_CASE_SURELY_UNSET", "dflt"))
print(os.getenv("PYCOPY_CASE_SURELY_UNSET", None))
print(type(os.getenv("PATH")).__name__)
print(os.getenv("PATH", 1) == os.getenv("PATH"))
try:
    os.getenv()
except TypeError:
    print("TypeError")
