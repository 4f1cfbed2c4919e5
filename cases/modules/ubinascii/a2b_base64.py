# a2b_base64 decodes base64 from bytes or an ASCII str, skipping
# characters outside the alphabet (RFC 2045 section 6.8); a completed pad
# sequence ends the data; missing padding is binascii.Error.
import binascii

for s in (b"", b"Zg==", b"Zm8=", b"Zm9v", b"Zm9vYg==", b"Zm9vYmFy", "Zm9vYmE=\n"):
    print(s, binascii.a2b_base64(s))
# invalid characters and whitespace are ignored
for s in (b"Zm9v\nYmFy\n", b" Z m 9 v ", b"Zm9v!!YmFy", b"Z*m@9#v", b"\x00Zm9v\xff", "Zm9v YmE="):
    print(s, binascii.a2b_base64(s))
# padding: data after a complete group with padding is ignored,
# extra or early pad characters are skipped
for s in (b"Zg==Zm9v", b"Zm8=Zg==", b"Zg===", b"Zg=\n=", b"=Zm9v", b"Zm==9v", b"Zm9v====", b"Z===g=="):
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, "Error", e)
# errors
for s in (b"Zg", b"Zm9", b"Z", b"Zm9vY", b"Zg=", b"Zm9vYmFyZ", b"!!!Z"):
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, "Error", e)
data = bytes(range(256))
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
try:
    binascii.a2b_base64("\u00e9")
except ValueError:
    print("ValueError")
