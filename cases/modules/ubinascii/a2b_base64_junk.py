# a2b_base64 skips characters that are not base64 anywhere in the input:
# punctuation, control characters and high bytes.
try:
    import ubinascii as binascii
except ImportError:
    import binascii

for s in (b"aGVsbG8=", b"a.G.V.s.b.G.8.=", b"\taGVs\r\nbG8=\n", b"aGVs\x80bG8=", b"(aGVsbG8=)", b"aGVsbG8=!!!"):
    print(s, binascii.a2b_base64(s))
