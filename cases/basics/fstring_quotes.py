# different quotes nested inside f-strings
d = {"key": "value"}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f"""{d["key"]} and {d['key']}""")
print(f'''{'a' + "b"}''')
print(f"{'}'}")
print(f"{'{'}")
