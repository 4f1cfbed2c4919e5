# pycopy-targets: unix (usocket is a module of the unix port)
# makefile('rwb', 0): a binary stream over the socket (read, readinto, readline, write).
try:
    import usocket as socket
except ImportError:
    import socket

a, b = socket.socketpair()
fa = a.makefile("rwb", 0)
fb = b.makefile("rwb", buffering=0)
print(fb.write(b"line one\nline two\npartial"))
print(fa.readline())
print(fa.readline())
print(fa.read(4))
buf = bytearray(3)
print(fa.readinto(buf), buf)
fb.write(b"x\n")
print(fa.readline())
fb.write(b"tail")
b.shutdown(socket.SHUT_WR)
print(fa.read())
print(fa.read(), fa.readline())
a.close()
b.close()
