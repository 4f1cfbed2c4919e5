# pycopy-targets: unix (usocket is a module of the unix port)
# A TCP echo over localhost between two sockets of one process: listen on port 0,
# connect, accept when poll says so, send/recv/sendall, close.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.bind(("127.0.0.1", 0)))
print(srv.listen(1))
host, port = srv.getsockname()
print(host, 0 < port < 65536)
cli = socket.socket()
print(cli.connect(("127.0.0.1", port)))
p = select.poll()
p.register(srv, select.POLLIN)
print(len(p.poll(1000)))
conn, addr = srv.accept()
print(type(addr).__name__, addr[0], addr[1] == cli.getsockname()[1])
print(conn.getpeername() == cli.getsockname(), cli.getpeername() == (host, port))
print(conn.getsockname() == (host, port))
for msg in (b"hello", b"", b"x" * 1000, bytearray(b"bytearray"), memoryview(b"memoryview")):
    n = cli.send(msg)
    got = b""
    while len(got) < n:
        got += conn.recv(4096)
    conn.sendall(got)
    back = b""
    while len(back) < n:
        back += cli.recv(4096)
    print(n, back == bytes(msg))
# A large message with sendall.
big = bytes(range(256)) * 4000
print(cli.sendall(big))
got = b""
while len(got) < len(big):
    got += conn.recv(65536)
print(got == big)
cli.close()
print(conn.recv(10))
conn.close()
srv.close()
