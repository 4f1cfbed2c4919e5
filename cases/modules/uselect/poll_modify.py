# pycopy-targets: unix (uselect is a module of the unix port)
# poll: modify() and unregister(), and their errors.
try:
    import usocket as socket
except ImportError:
    import socket
try:
    import uselect as select
except ImportError:
    import select


def fds(res):
    # Pycopy reports the registered object, CPython its descriptor.
    return sorted((o if isinstance(o, int) else o.fileno(), ev) for o, ev in res)


IN, OUT = select.POLLIN, select.POLLOUT
a, b = socket.socketpair()
fa, fb = a.fileno(), b.fileno()
p = select.poll()
p.register(a, IN)
print(p.modify(a, OUT))
print(fds(p.poll(0)) == [(fa, OUT)])
p.modify(fa, IN)
print(p.poll(0))
try:
    p.modify(b, IN)
except OSError as e:
    print("OSError", e.args[0])
print(p.unregister(a))
print(p.poll(0))
try:
    p.unregister(a)
except KeyError:
    print("KeyError")
try:
    p.unregister(fb)
except KeyError:
    print("KeyError")
p.register(b, OUT)
p.unregister(fb)
print(p.poll(0))
for bad in (object(), "x"):
    for f in (p.register, p.unregister):
        try:
            f(bad)
        except TypeError:
            print("TypeError", f.__name__ if hasattr(f, "__name__") else "", type(bad).__name__)
    try:
        p.modify(bad, IN)
    except TypeError:
        print("TypeError modify", type(bad).__name__)
try:
    p.register(-1)
except ValueError:
    print("ValueError")
for bad in ("1", None):
    try:
        p.register(a, bad)
    except TypeError:
        print("TypeError mask", type(bad).__name__)
for bad in (-1, 1 << 16, 1 << 70):
    try:
        p.register(a, bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
try:
    p.modify(a)
except TypeError:
    print("TypeError modify args")
a.close()
b.close()
