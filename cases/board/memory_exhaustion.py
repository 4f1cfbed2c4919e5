# pycopy-targets: qemu (needs a board's few MiB of RAM to run out of)
# Running out of RAM while the interpreter grows its own Rust-side buffers
# (collecting an iterable, an array's storage, json's stacks and output) is
# MemoryError, and the program goes on; the firmware must not panic.
import array
import json


def attempt(name, f):
    try:
        f()
        print(name, "fitted")
    except MemoryError:
        print(name, "MemoryError")


attempt("list", lambda: list(range(1000000)))
attempt("tuple", lambda: tuple(range(1000000)))
attempt("sorted", lambda: sorted(range(1000000)))
attempt("array", lambda: array.array("i", range(2000000)))
attempt("json.loads", lambda: json.loads("[" * 200000 + "]" * 200000))
small = list(range(1000))
attempt("json.dumps", lambda: json.dumps([small] * 2000))
print(sum(range(10)))
