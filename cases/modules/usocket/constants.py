# pycopy-targets: unix (usocket is a module of the unix port)
# The module's constants (Linux values).
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select

names = [
    "AF_UNIX", "AF_INET", "AF_INET6", "SOCK_STREAM", "SOCK_DGRAM", "SOCK_RAW",
    "IPPROTO_IP", "IPPROTO_TCP", "IPPROTO_UDP", "SOL_SOCKET", "SO_REUSEADDR",
    "SO_KEEPALIVE", "SO_BROADCAST", "SO_ERROR", "SO_TYPE", "SO_RCVBUF", "SO_SNDBUF",
    "TCP_NODELAY", "MSG_PEEK", "MSG_DONTWAIT", "SHUT_RD", "SHUT_WR", "SHUT_RDWR",
    "AI_PASSIVE", "AI_CANONNAME", "AI_NUMERICHOST", "INADDR_ANY",
]
for n in names:
    print(n, int(getattr(socket, n)))
print(socket.error is OSError)
