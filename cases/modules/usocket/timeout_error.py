# pycopy-targets: unix (usocket is a module of the unix port)
# A socket timeout raises OSError(ETIMEDOUT) in Pycopy (CPython raises
# TimeoutError('timed out'), args[0] being the message).
import usocket

a, b = usocket.socketpair()
a.settimeout(0.05)
try:
    a.recv(10)
except OSError as e:
    print(type(e).__name__, e.args)
try:
    a.read(10)
except OSError as e:
    print(type(e).__name__, e.args)
srv = usocket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
srv.settimeout(0.01)
try:
    srv.accept()
except OSError as e:
    print("accept", e.args)
# A timeout doesn't spoil the socket.
b.send(b"late")
print(a.recv(10))
srv.close()
a.close()
b.close()
