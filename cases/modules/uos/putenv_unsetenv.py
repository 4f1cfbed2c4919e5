# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# putenv(key, value) and unsetenv(key) change the environment system() sees.
try:
    import uos as os
except ImportError:
    import os

print(os.putenv("PYCOPY_CASE_VAR", "some value"))
print(os.system('test "$PYCOPY_CASE_VAR" = "some value"'))
os.putenv("PYCOPY_CASE_VAR", "")
print(os.system('test -n "${PYCOPY_CASE_VAR+set}" && test -z "$PYCOPY_CASE_VAR"'))
print(os.unsetenv("PYCOPY_CASE_VAR"))
print(os.system('test -z "${PYCOPY_CASE_VAR+set}"'))
os.unsetenv("PYCOPY_CASE_VAR")
for k, v in (("", "x"), ("A=B", "x")):
    try:
        os.putenv(k, v)
    except (ValueError, OSError) as e:
        print(type(e).__name__, repr(k), e.args[0] if isinstance(e, OSError) else "")
for k in ("", "A=B"):
    try:
        os.unsetenv(k)
    except (ValueError, OSError) as e:
        print(type(e).__name__, "unset", repr(k), e.args[0] if isinstance(e, OSError) else "")
for k, v in ((1, "x"), ("K", 2), (None, None)):
    try:
        os.putenv(k, v)
    except TypeError:
        print("TypeError", type(k).__name__, type(v).__name__)
try:
    os.putenv("K", "a\0b")
except ValueError:
    print("ValueError nul")
