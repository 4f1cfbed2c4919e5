"""
categories: Core, Exceptions
description: A printed traceback does not show the exception that was being handled (no chaining)
cause: An exception raised while handling another one records it in
  `__context__`, but Pycopy's traceback printer shows only the last
  exception, without "During handling of the above exception, another
  exception occurred" and the earlier traceback.
workaround: When the original error matters, print it yourself in the
  `except` block before raising the new one, or include it in the new
  exception's message.
"""
import sys


def show(exc):
    import io

    out = io.StringIO()
    try:
        import traceback

        traceback.print_exception(exc, file=out)
    except ImportError:
        sys.print_exception(exc, out)
    for line in out.getvalue().splitlines():
        if not line.startswith(" "):
            print(line)


try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling")
except ValueError as e:
    print(type(e.__context__).__name__)
    show(e)
