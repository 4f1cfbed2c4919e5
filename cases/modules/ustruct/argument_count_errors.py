# pack needs exactly one value per item: too few or too many is
# struct.error (messages are CPython's).
try:
    import ustruct as struct
except ImportError:
    import struct

for fmt, args in (("<2h", (1,)), ("<2h", (1, 2, 3)), ("<", (1,)), ("<3s", ()), ("<x", (0,)), ("<?", ())):
    try:
        print(struct.pack(fmt, *args))
    except struct.error as e:
        print(fmt, len(args), "error", e)
