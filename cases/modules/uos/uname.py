# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# uname(): a named tuple of five strings, from the host (version is the
# interpreter's).
try:
    import uos as os
except ImportError:
    import os

u = os.uname()
print(len(u), [type(x).__name__ for x in u])
print(u[0])
with open("/proc/sys/kernel/osrelease") as f:
    print(u[2] == f.read().strip())
with open("/proc/sys/kernel/hostname") as f:
    print(u[1] == f.read().strip())
print(len(u[3]) > 0, len(u[4]) > 0)
print(tuple(u) == tuple(os.uname()))
# The fields are attributes too.
print(u.sysname == u[0], u.nodename == u[1], u.release == u[2], u.version == u[3], u.machine == u[4])
s, n, r, v, m = u
print(s == u.sysname, m == u.machine)
try:
    os.uname(1)
except TypeError:
    print("TypeError")
