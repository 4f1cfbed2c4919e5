# The module answers to its Pycopy name and to its CPython name.
try:
    import ubinascii
except ImportError:
    import binascii as ubinascii
import binascii

print(ubinascii.hexlify(b"\x12\x34"), ubinascii.unhexlify("abcd"))
print(binascii.b2a_base64(b"uname") == ubinascii.b2a_base64(b"uname"))
