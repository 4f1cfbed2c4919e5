# triple-quoted strings keep newlines and indentation
s = """first
  second
    third"""
print(s)
print(s.count("\n"))
t = '''\
no leading newline
'''
print(repr(t))
u = """a "quoted" word and ""two"" """
print(u)
print(len("""
"""))
