"""
categories: Core, Exceptions
description: Printed tracebacks show file, line and function, but not the source lines
cause: Pycopy does not keep source code around after compiling it (on a
  microcontroller it may not exist at all), so a traceback can only name the
  place, not quote it.
workaround: Look the line up in the source file.
"""
import sys


def fail():
    raise ValueError("boom")


def show(exc):
    # CPython's traceback module and Pycopy's sys.print_exception, writing
    # to a string so the case's folder does not appear in the output.
    import io

    out = io.StringIO()
    try:
        import traceback

        traceback.print_exception(exc, file=out)
    except ImportError:
        sys.print_exception(exc, out)
    for line in out.getvalue().splitlines():
        if line.startswith("  File "):
            line = "  File ..." + line[line.index('",') + 1 :]
        print(line)


try:
    fail()
except ValueError as e:
    show(e)
