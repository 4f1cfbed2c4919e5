# extended slices on tuples, strings and bytes
t = tuple(range(10))
print(t[::2], t[::-3])
print("hello world"[::3])
print(b"abcdef"[::2], b"abcdef"[::-1])
print(bytearray(b"abcdef")[1::2])
print(range(10)[::3], list(range(10)[::-2]))
