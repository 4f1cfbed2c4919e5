# BytesIO type checks and closed streams.
import io

for f in (lambda: io.BytesIO("str"), lambda: io.BytesIO([1]), lambda: io.BytesIO().write("s"),
          lambda: io.BytesIO().write(5)):
    try:
        f()
        print("no error")
    except TypeError as e:
        print("TypeError", e)
b = io.BytesIO(b"x")
b.close()
print(b.closed)
for name in ("read", "getvalue", "tell"):
    try:
        getattr(b, name)()
    except ValueError as e:
        print(name, "ValueError", e)
