print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'))
print((0).to_bytes(0, 'big'), (255).to_bytes(1, 'big'))
print((-1).to_bytes(2, 'big', signed=True), (-129).to_bytes(2, 'little', signed=True))
print((127).to_bytes(1, 'big', signed=True))
print((2**64).to_bytes(9, 'big'))
for args in [(256, 1, 'big'), (-1, 1, 'big'), (128, 1, 'big', True), (-129, 1, 'big', True)]:
    try:
        n = args[0]
        print(n.to_bytes(args[1], args[2], signed=len(args) > 3))
    except OverflowError as e:
        print(type(e).__name__, e)
