# SystemExit can be caught like other exceptions
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("raised directly", e.args)
try:
    sys.exit()
except Exception:
    print("not an Exception")
except BaseException as e:
    print("is BaseException", type(e).__name__)
