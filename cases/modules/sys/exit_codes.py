# sys.exit raises SystemExit carrying the status.
import sys

for arg in [(), (0,), (3,), ("message",)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.args), e.code if arg else None)
