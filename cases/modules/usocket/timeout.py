# pycopy-targets: unix (usocket is a module of the unix port)
# settimeout/gettimeout/setblocking: blocking modes; a non-blocking socket that
# would block raises OSError(EAGAIN).
try:
    import usocket as socket
except ImportError:
    import socket

a, b = socket.socketpair()
print(a.gettimeout())
a.settimeout(2)
print(a.gettimeout())
a.settimeout(0.25)
print(a.gettimeout())
a.settimeout(None)
print(a.gettimeout())
a.setblocking(False)
print(a.gettimeout())
try:
    a.recv(10)
except OSError as e:
    print("OSError", e.args[0])
b.send(b"now")
print(a.recv(10))
a.setblocking(True)
print(a.gettimeout())
b.send(b"blocking")
print(a.recv(100))
a.settimeout(0)
print(a.gettimeout())
try:
    a.recv(1)
except OSError as e:
    print("OSError", e.args[0])
# With a timeout, data that arrives in time is returned.
a.settimeout(5)
b.send(b"in time")
print(a.recv(100))
# A non-blocking accept with nothing pending.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.setblocking(False)
try:
    srv.accept()
except OSError as e:
    print("accept OSError", e.args[0])
srv.close()
for bad in (-1, -0.5):
    try:
        a.settimeout(bad)
    except ValueError:
        print("ValueError", bad)
for bad in ("1", [1]):
    try:
        a.settimeout(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
a.close()
b.close()
