# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# getenv() reads the C environment, so it sees putenv()/unsetenv() changes
# (CPython's os.getenv reads os.environ, which putenv doesn't update).
import uos

print(uos.getenv("PYCOPY_CASE_GETENV"))
uos.putenv("PYCOPY_CASE_GETENV", "value 1")
print(uos.getenv("PYCOPY_CASE_GETENV"))
uos.putenv("PYCOPY_CASE_GETENV", "")
print(repr(uos.getenv("PYCOPY_CASE_GETENV", "default")))
uos.unsetenv("PYCOPY_CASE_GETENV")
print(uos.getenv("PYCOPY_CASE_GETENV", "default"))
print(uos.getenv("", "empty name"), uos.getenv("A=B", "bad name"))
