# An int too big for an index: IndexError when subscripting, a clamped
# position for find()/index() bounds and round(), OverflowError elsewhere.
import struct
import array

B = 10**20


def show(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__)


show("list[]", lambda: [1][B])
show("tuple[]", lambda: (1,)[B])
show("str[]", lambda: "a"[B])
show("bytes[]", lambda: b"a"[B])
show("bytearray[]", lambda: bytearray(1)[B])
show("memoryview[]", lambda: memoryview(b"a")[B])
show("array[]", lambda: array.array("b", [1])[B])
show("range[]", lambda: range(3)[-B])
show("str.find", lambda: "abc".find("a", B))
show("bytes.find", lambda: b"abc".find(b"c", -B))
show("list.index", lambda: [1, 2].index(2, -B, B))
show("str[1:B]", lambda: "abc"[1:B])
show("round", lambda: round(2.5, B))
show("list.pop", lambda: [1].pop(B))
show("list.insert", lambda: [1].insert(B, 0))
show("str * B", lambda: "a" * B)
show("bytes(B)", lambda: bytes(B))
show("bytearray(B)", lambda: bytearray(B))
show("unpack_from", lambda: struct.unpack_from("b", b"a", B))
show("zfill", lambda: "x".zfill(B))
show("to_bytes", lambda: (5).to_bytes(B, "big"))
show("chr", lambda: chr(B))
