# pycopy-targets: unix (usocket is a module of the unix port)
# Sockets are streams (Pycopy): read([n]) reads n bytes (fewer only at the end),
# read() to the end, readinto, readline, write (also of str); on a non-blocking
# socket with nothing to read they return None. makefile() returns the socket.
import usocket

a, b = usocket.socketpair()
print(a.makefile() is a, a.makefile("rwb", 0) is a)
print(b.write(b"first line\nsecond line\nrest"))
print(b.write("text\n"))
print(b.write(b"0123456789", 4))
print(a.readline())
print(a.readline(3), a.readline())
print(a.read(4))
buf = bytearray(6)
print(a.readinto(buf), buf)
print(a.readinto(buf, 2), buf)
a.setblocking(False)
print(a.read(100), a.read())
print(a.read(5), a.readline(), a.readinto(buf))
print(a.write(b"nonblocking write"))
print(b.recv(100))
a.setblocking(True)
b.write(b"until the end")
b.close()
print(a.read(), a.read(), a.readline())
a.close()
for m in ("read", "readline", "write"):
    try:
        getattr(a, m)(*((b"x",) if m == "write" else ()))
    except OSError as e:
        print(m, "OSError", e.args[0])
c, d = usocket.socketpair()
# write(buf, off, max_len)
print(c.write(b"abcdef", 10, 5), c.write(b"abcdef", 4, 1), c.write(b"abcdef", 1, 100), d.read(6))
try:
    c.write(5)
except TypeError:
    print("TypeError")
try:
    c.readinto(b"readonly")
except TypeError:
    print("TypeError")
c.close()
d.close()
