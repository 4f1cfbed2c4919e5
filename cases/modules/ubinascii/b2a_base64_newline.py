# b2a_base64 ends with a newline by default and with newline=True; a
# false newline argument leaves it out.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=True))
print(binascii.b2a_base64(b"abc", newline=False), binascii.b2a_base64(b"", newline=False), binascii.b2a_base64(b""))
print(binascii.b2a_base64(b"ab", newline=0), binascii.b2a_base64(b"ab", newline=1))
