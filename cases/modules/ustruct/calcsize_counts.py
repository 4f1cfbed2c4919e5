# calcsize adds up repeat counts for every code, standard sizes.
try:
    import ustruct as struct
except ImportError:
    import struct

for fmt in ("<7x", "<3b2h", "<4i1q", "<0q", "<255s", "<2?3c", "<2e2f2d", ">HHI", "!20p"):
    print(fmt, struct.calcsize(fmt))
