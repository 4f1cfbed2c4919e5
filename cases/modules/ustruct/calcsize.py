# calcsize: standard sizes, repeat counts, native alignment.
import struct

for fmt in ("", "<", "b", "<bhiq", ">bhiq", "!bhiq", "=bhiq", "<2i3h", "<10s", "<10p", "<5x", "<efd", "<?c", "<0i", "<100q"):
    print(repr(fmt), struct.calcsize(fmt))
# native alignment pads before an item, never at the end
for fmt in ("bi", "ib", "bh", "bq", "bd", "bf", "be", "b0i", "hb", "ci", "bii", "b3i", "bxi", "4si", "?q"):
    print(repr(fmt), struct.calcsize(fmt) == struct.calcsize("@" + fmt))
print(struct.calcsize("bi"), struct.calcsize("ib"), struct.calcsize("bh"), struct.calcsize("hb"))
print(struct.calcsize(b"<ii"))
