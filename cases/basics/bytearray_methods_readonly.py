a = bytearray(b'Hello, World')
print(a.find(b'o'), a.count(b'l'), a.upper(), a.lower(), a.split(b', '), a.replace(b'l', b'L'), a.startswith(b'He'), a.strip(b'Hd'), a.partition(b', '))
print(type(a.upper()).__name__, type(a.split()[0]).__name__, a.decode(), a.hex(), a.index(b'W'), a.isalpha(), a.title(), a.swapcase(), a.zfill(14))
