a = 'A'
print(f"{a}'s", f'{a}"s', f'''{a}
line2''', f"""{a!r}""", rf'\n{a}', fr'{a}\t', f'{a}' f'{a}' 'plain' f'{a}')
