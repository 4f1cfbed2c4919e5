b = b'hello world'
print(b[0], b[-1], b[1:4], b[::-1], b[::2], b[-3:], b[100:], b[3:1], type(b[0]).__name__)
try:
    b[11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__)
