# pycopy-targets: unix (uselect is a module of the unix port)
# Files have a descriptor (fileno()): select() and poll() accept them; a
# regular file is always ready.
try:
    import uselect as select
except ImportError:
    import select

f = open(__file__, "rb")
fd = f.fileno()
print(type(fd).__name__, fd > 2)
print(select.select([f], [], [], 0) == ([f], [], []))
print(select.select([fd], [fd], [], 0) == ([fd], [fd], []))
p = select.poll()
p.register(f, select.POLLIN)
res = p.poll(0)
print(len(res), res[0][0] in (f, fd), res[0][1] == select.POLLIN)
p.unregister(fd)
g = open(__file__)
print(g.fileno() not in (fd, -1))
g.close()
f.close()
try:
    f.fileno()
except ValueError:
    print("ValueError")
try:
    select.select([f], [], [], 0)
except ValueError:
    print("ValueError")
