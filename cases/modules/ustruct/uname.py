# ustruct and struct are the same module.
try:
    import ustruct
except ImportError:
    import struct as ustruct
import struct

print(ustruct.pack("<H", 258), struct.unpack("<H", ustruct.pack("<H", 258)), ustruct.calcsize("<q"))
