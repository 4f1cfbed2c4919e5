print(int('0x1F', 0), int('0o17', 0), int('0b101', 0), int('42', 0), int('-0x10', 0))
print(int('0', 0), int('000', 0), int(' 0X_ff ', 0))
for s in ('010', '0x', '0b2', '0o8'):
    try:
        print(int(s, 0))
    except ValueError as e:
        print(type(e).__name__, e)
