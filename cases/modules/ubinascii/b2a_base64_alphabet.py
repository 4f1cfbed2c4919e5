# b2a_base64 uses the standard alphabet, '+' and '/' included.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

print(binascii.b2a_base64(b"\xfb\xff\xbf"), binascii.b2a_base64(b"\xff\xff\xff"), binascii.b2a_base64(b"\x00\x00\x00"))
print(binascii.b2a_base64(b"\x3e\xff"), binascii.a2b_base64(b"+/+/"), binascii.a2b_base64(b"-_-_"))
