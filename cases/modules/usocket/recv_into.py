# pycopy-targets: unix (usocket is a module of the unix port)
# recv_into(buffer[, nbytes[, flags]]) and recv flags (MSG_PEEK).
try:
    import usocket as socket
except ImportError:
    import socket

a, b = socket.socketpair()
b.send(b"0123456789")
print(a.recv(4, socket.MSG_PEEK))
buf = bytearray(4)
print(a.recv_into(buf), buf)
print(a.recv_into(buf, 2), buf)
m = memoryview(bytearray(10))
print(a.recv_into(m[2:], 0), bytes(m))
try:
    a.recv_into(bytearray(2), 5)
except ValueError:
    print("ValueError")
try:
    a.recv_into(b"readonly")
except TypeError:
    print("TypeError")
try:
    a.recv_into(bytearray(2), -1)
except ValueError:
    print("ValueError negative")
a.setblocking(False)
try:
    a.recv(1, socket.MSG_DONTWAIT)
except OSError as e:
    print("OSError", e.args[0])
a.close()
b.close()
