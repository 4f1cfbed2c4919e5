# A small program: run it with `cargo run --release -p pycopy-unix -- examples/hello.py`.
import sys


def greet(name):
    return "Hello, {}!".format(name)


print(greet("Pycopy"))
print("running on", sys.implementation.name, "with", len(sys.argv), "argument(s)")
squares = [n * n for n in range(10)]
print("squares:", squares, "sum:", sum(squares))
