# pycopy-targets: unix (usocket is a module of the unix port)
# Operations on a closed socket, bad addresses and arguments.
try:
    import usocket as socket
except ImportError:
    import socket

s = socket.socket()
s.close()
print(s.fileno())
s.close()
for name, args in (("bind", (("127.0.0.1", 0),)), ("listen", ()), ("accept", ()),
                   ("connect", (("127.0.0.1", 1),)), ("send", (b"x",)), ("sendall", (b"x",)),
                   ("recv", (1,)), ("recvfrom", (1,)), ("sendto", (b"x", ("127.0.0.1", 1))),
                   ("getsockname", ()), ("setsockopt", (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)),
                   ("shutdown", (socket.SHUT_RDWR,))):
    try:
        getattr(s, name)(*args)
    except OSError as e:
        print(name, "OSError", e.args[0])
s = socket.socket()
for addr in ("127.0.0.1", ["127.0.0.1", 0], ("127.0.0.1",), ("127.0.0.1", 0, 0), (1, 2), ("127.0.0.1", "80")):
    try:
        s.bind(addr)
    except TypeError:
        print("TypeError", repr(addr))
for port in (-1, 65536, 10**20):
    try:
        s.bind(("127.0.0.1", port))
    except OverflowError:
        print("OverflowError", port)
try:
    s.bind(("256.1.1.1", 0))
except OSError:
    print("OSError bad host")
# Nothing listens on port 1 of localhost.
try:
    s.connect(("127.0.0.1", 1))
except OSError as e:
    print("connect OSError", e.args[0])
s.close()
s = socket.socket()
try:
    s.send(b"x")
except OSError as e:
    print("not connected", e.args[0])
try:
    s.getpeername()
except OSError as e:
    print("getpeername", e.args[0])
a, b = socket.socketpair()
for bad in ("str", 1, None):
    try:
        a.send(bad)
    except TypeError:
        print("TypeError send", type(bad).__name__)
for bad in ("1", None, 1.5):
    try:
        a.recv(bad)
    except TypeError:
        print("TypeError recv", type(bad).__name__)
try:
    a.recv(-1)
except ValueError:
    print("ValueError recv")
try:
    a.recvfrom(-5)
except ValueError:
    print("ValueError recvfrom")
try:
    socket.socket(12345)
except OSError as e:
    print("socket OSError", e.args[0])
try:
    socket.socket(socket.AF_INET, 12345)
except OSError as e:
    print("socket OSError", e.args[0])
try:
    socket.socket("x")
except TypeError:
    print("TypeError socket")
b.close()
try:
    a.send(b"to nobody")
except OSError as e:
    print("send to closed peer", e.args[0])
a.close()
s.close()
