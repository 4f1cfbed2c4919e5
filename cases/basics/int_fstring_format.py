n = 255
print(f'{n}', f'{n:x}', f'{n:X}', f'{n:o}', f'{n:b}', f'{n:#x}', f'{n:#o}', f'{n:#b}')
print(f'{n:08d}', f'{n:+d}', f'{-n: d}', f'{n:,}', f'{10**9:_}', f'{n:>8}|', f'{n:<8}|', f'{n:^8}|')
print(f'{n:c}', f'{n:e}', f'{n:.2f}', f'{n:%}', f'{2**70:,}', f'{n:#010x}', f'{-n:#x}')
print(format(1234567, ',d'), format(-1234567, '_'), format(0xabcdef, '_x'))
